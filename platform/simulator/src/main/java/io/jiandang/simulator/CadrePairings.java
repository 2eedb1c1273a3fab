package io.jiandang.simulator;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which cadre (帮扶责任人) each simulated household is paired with (一帮一联): a generated cadre of its own village,
 * {@code cadre-<villageCode>-<n>} as the identity provider's demo directory has them (n from 1 to
 * {@value #MAX_CADRES_PER_VILLAGE}), the households of a village taken in population order and given to cadre 1
 * until it has the policy's limit, then to cadre 2, and so on. A pure function of the households and the limit, so
 * the same seed pairs the same households with the same cadres.
 *
 * <p>Pairings outlive an exit (assistance-service keeps counting an exited household against its cadre), so the
 * plan is made once over every household that will ever be paired, not year by year: a later year's household
 * never lands on a cadre already at the limit.
 */
final class CadrePairings {

    /** The identity provider's bound on generated cadres per village (DemoDirectory.MAX_GENERATED_CADRES_PER_VILLAGE). */
    static final int MAX_CADRES_PER_VILLAGE = 99;

    private final Map<Integer, String> cadreByHousehold;

    private CadrePairings(Map<Integer, String> cadreByHousehold) {
        this.cadreByHousehold = cadreByHousehold;
    }

    /**
     * @param households         every household to pair, in any order
     * @param householdsPerCadre the assistance policy's pairing limit
     * @throws IllegalArgumentException if the limit is below 1
     * @throws IllegalStateException    if a village would need more cadres than it has logins
     */
    static CadrePairings plan(Collection<SimulatedHousehold> households, int householdsPerCadre) {
        if (householdsPerCadre < 1) {
            throw new IllegalArgumentException("A cadre must be allowed at least one household, not " + householdsPerCadre);
        }
        Map<String, List<SimulatedHousehold>> byVillage = households.stream()
                .sorted(Comparator.comparingInt(SimulatedHousehold::number))
                .collect(Collectors.groupingBy(SimulatedHousehold::villageCode, TreeMap::new, Collectors.toList()));
        Map<Integer, String> cadres = new LinkedHashMap<>();
        byVillage.forEach((village, ofVillage) -> {
            int needed = (ofVillage.size() + householdsPerCadre - 1) / householdsPerCadre;
            if (needed > MAX_CADRES_PER_VILLAGE) {
                throw new IllegalStateException("Village " + village + " has " + ofVillage.size()
                        + " households to pair: " + needed + " cadres at " + householdsPerCadre
                        + " households each, but the identity provider has " + MAX_CADRES_PER_VILLAGE + " per village");
            }
            for (int i = 0; i < ofVillage.size(); i++) {
                cadres.put(ofVillage.get(i).number(), cadreId(village, i / householdsPerCadre + 1));
            }
        });
        return new CadrePairings(cadres);
    }

    /** The login of the {@code n}th generated cadre of a village. */
    static String cadreId(String villageCode, int n) {
        return "cadre-" + villageCode + "-" + n;
    }

    /** The village of a generated cadre's id. */
    static String villageOf(String cadreId) {
        return cadreId.substring("cadre-".length(), cadreId.lastIndexOf('-'));
    }

    /**
     * The household's cadre.
     *
     * @throws IllegalArgumentException if the household was not in the plan
     */
    String cadreOf(SimulatedHousehold household) {
        String cadre = cadreByHousehold.get(household.number());
        if (cadre == null) {
            throw new IllegalArgumentException("Household " + household.number() + " is not in the pairing plan");
        }
        return cadre;
    }

    /** Every household's cadre, by household number. */
    Map<Integer, String> cadreByHousehold() {
        return Collections.unmodifiableMap(cadreByHousehold);
    }
}

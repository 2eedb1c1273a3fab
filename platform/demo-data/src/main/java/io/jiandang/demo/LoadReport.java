package io.jiandang.demo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of the loader did. Later demo steps (relapse, assistance, exit, reporting) take their households
 * from it: {@link #registeredByVillage()} are registered (建档立卡) households, in this run.
 *
 * @param registeredByVillage the households this run registered, by village code (ascending), in survey order
 * @param inProcedure         households this run left in the procedure on purpose, by the step they wait at:
 *                            at a public notice step its notice is open and its period runs on the business clock;
 *                            at another step that step is next (e.g. the county announcement 县公告)
 * @param clockAdvancedDays   how many days this run moved the business clock of the services forward
 * @param peopleByHousehold   the people of each household this run registered (for plausible demo incomes)
 */
public record LoadReport(boolean policyPublished, int surveyed, int alreadyPresent, int surveyedPeople,
                         String roundId, int povertyScale, double cutOffScore, int candidates,
                         int rejected, int vetoed, int registered, int skippedUnknownCandidates,
                         Map<String, List<String>> registeredByVillage,
                         Map<RegistrationStep, List<String>> inProcedure, int clockAdvancedDays,
                         Map<String, Integer> peopleByHousehold) {

    public LoadReport {
        registeredByVillage = sortedCopy(registeredByVillage);
        inProcedure = sortedCopy(inProcedure);
        peopleByHousehold = Collections.unmodifiableSortedMap(new TreeMap<>(peopleByHousehold));
    }

    /** A run that surveyed nothing new (every household was there already). */
    static LoadReport nothingNew(boolean policyPublished, int alreadyPresent) {
        return new LoadReport(policyPublished, 0, alreadyPresent, 0, null, 0, Double.NaN, 0, 0, 0, 0, 0,
                Map.of(), Map.of(), 0, Map.of());
    }

    private static <K extends Comparable<K>> Map<K, List<String>> sortedCopy(Map<K, List<String>> map) {
        TreeMap<K, List<String>> copy = new TreeMap<>();
        map.forEach((key, ids) -> copy.put(key, List.copyOf(ids)));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** The households this run registered, all villages together (by village code, then survey order). */
    public List<String> registeredHouseholds() {
        return registeredByVillage.values().stream().flatMap(List::stream).toList();
    }

    /** Households whose public notice (公示) is open, its period running: the procedure resumes once it elapsed. */
    public List<String> waitingInNotice() {
        return inProcedure.entrySet().stream().filter(e -> e.getKey().isNotice())
                .flatMap(e -> e.getValue().stream()).toList();
    }
}

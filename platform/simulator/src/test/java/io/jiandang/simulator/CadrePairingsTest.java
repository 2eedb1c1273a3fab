package io.jiandang.simulator;

import io.jiandang.demo.AssistanceDemo;
import io.jiandang.divisions.DivisionCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadrePairingsTest {

    private static final String BAIMA = "451227101201";
    private static final String CHENGDONG = "451227100001";
    // a scale at which some villages have more exiting households than one cadre may take
    private static final int SCALE = 50;

    @Test
    void householdsOfAVillageFillItsCadresInPopulationOrderNoneAboveTheLimit() {
        List<SimulatedHousehold> households = new ArrayList<>();
        for (int number = 1; number <= 12; number++) {
            households.add(household(number, BAIMA));
        }
        households.add(household(13, CHENGDONG));
        Collections.shuffle(households, new java.util.Random(7));

        CadrePairings plan = CadrePairings.plan(households, 5);

        assertThat(plan.cadreOf(household(1, BAIMA))).isEqualTo("cadre-451227101201-1");
        assertThat(plan.cadreOf(household(5, BAIMA))).isEqualTo("cadre-451227101201-1");
        assertThat(plan.cadreOf(household(6, BAIMA))).isEqualTo("cadre-451227101201-2");
        assertThat(plan.cadreOf(household(11, BAIMA))).isEqualTo("cadre-451227101201-3");
        assertThat(plan.cadreOf(household(13, CHENGDONG))).isEqualTo("cadre-451227100001-1");
        assertThat(loads(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("cadre-451227101201-1", 5L,
                "cadre-451227101201-2", 5L, "cadre-451227101201-3", 2L, "cadre-451227100001-1", 1L));
    }

    @Test
    void everyHouseholdOfAGeneratedPopulationGetsACadreOfItsOwnVillageWithinTheDefaultLimit() {
        List<SimulatedHousehold> exiting = new PopulationGenerator(DivisionCatalogue.guangxi())
                .generate(SCALE, 42).households().stream()
                .filter(h -> h.exitYear() != 0).toList();
        assertThat(exiting).isNotEmpty();

        CadrePairings plan = CadrePairings.plan(exiting, AssistanceDemo.HOUSEHOLDS_PER_CADRE);

        for (SimulatedHousehold household : exiting) {
            String cadre = plan.cadreOf(household);
            assertThat(CadrePairings.villageOf(cadre)).as(cadre).isEqualTo(household.villageCode());
            assertThat(cadre).matches("cadre-\\d{12}-[1-9]\\d?");
        }
        assertThat(loads(plan).values()).allSatisfy(load ->
                assertThat(load).isBetween(1L, (long) AssistanceDemo.HOUSEHOLDS_PER_CADRE));
        assertThat(plan.cadreByHousehold().values()).as("a village with more than one cadre")
                .anyMatch(cadre -> cadre.endsWith("-2"));
    }

    @Test
    void theSamePopulationIsPairedTheSameWay() {
        List<SimulatedHousehold> households = List.of(household(3, BAIMA), household(1, BAIMA), household(2, CHENGDONG));
        assertThat(CadrePairings.plan(households, 1).cadreByHousehold())
                .isEqualTo(CadrePairings.plan(List.of(households.get(2), households.get(0), households.get(1)), 1)
                        .cadreByHousehold())
                .containsEntry(1, "cadre-451227101201-1")
                .containsEntry(3, "cadre-451227101201-2")
                .containsEntry(2, "cadre-451227100001-1");
    }

    @Test
    void aVillageNeedingMoreCadresThanItHasLoginsIsRefusedNotOverfilled() {
        List<SimulatedHousehold> households = new ArrayList<>();
        for (int number = 1; number <= CadrePairings.MAX_CADRES_PER_VILLAGE * 2 + 1; number++) {
            households.add(household(number, BAIMA));
        }
        assertThat(CadrePairings.plan(households.subList(0, CadrePairings.MAX_CADRES_PER_VILLAGE * 2), 2)
                .cadreOf(households.get(CadrePairings.MAX_CADRES_PER_VILLAGE * 2 - 1)))
                .isEqualTo("cadre-451227101201-" + CadrePairings.MAX_CADRES_PER_VILLAGE);
        assertThatThrownBy(() -> CadrePairings.plan(households, 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(BAIMA);
        assertThatThrownBy(() -> CadrePairings.plan(households, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHouseholdOutsideThePlanHasNoCadre() {
        CadrePairings plan = CadrePairings.plan(List.of(household(1, BAIMA)), 5);
        assertThatThrownBy(() -> plan.cadreOf(household(2, BAIMA))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Long> loads(CadrePairings plan) {
        return plan.cadreByHousehold().values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static SimulatedHousehold household(int number, String villageCode) {
        return new SimulatedHousehold(number, villageCode.substring(0, 4) + "00", villageCode.substring(0, 6),
                villageCode.substring(0, 9) + "000", villageCode, List.of(), Map.of(), List.of(), List.of(), true, 2015);
    }
}

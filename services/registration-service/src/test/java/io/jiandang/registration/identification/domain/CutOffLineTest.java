package io.jiandang.registration.identification.domain;

import io.jiandang.registration.identification.api.ScoredHousehold;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cut-off line in plain Java: closest to the scale, equal scores together, the lower line on a tie. */
class CutOffLineTest {

    private static ScoredHousehold household(String id, String score, int people) {
        return new ScoredHousehold(id, "451227101201", new BigDecimal(score), people, 1);
    }

    @Test
    void theLineHoldsThePeopleClosestToTheScale() {
        // cumulative people by rising score: 4, 7, 12, 14
        List<ScoredHousehold> households = List.of(household("d", "40", 2), household("a", "10", 4),
                household("c", "30", 5), household("b", "20", 3));
        CutOffLine line = CutOffLine.fit(11, households);
        assertThat(line.cutOffScore()).isEqualByComparingTo("30");
        assertThat(line.candidates()).containsExactly("a", "b", "c");
        assertThat(line.people()).isEqualTo(12);
        assertThat(line.ranked()).isEqualTo(4);
    }

    @Test
    void householdsWithTheSameScoreStayTogether() {
        // a scale of 5 would cut inside the score 20 (4 + 1 of 3): the line takes both or neither
        List<ScoredHousehold> households = List.of(household("a", "10", 4), household("b", "20", 1),
                household("c", "20.00", 2), household("d", "30", 6));
        CutOffLine line = CutOffLine.fit(6, households);
        assertThat(line.candidates()).containsExactly("a", "b", "c");
        assertThat(line.people()).isEqualTo(7);
        assertThat(CutOffLine.fit(4, households).candidates()).containsExactly("a");
    }

    @Test
    void onEqualDistanceTheLowerLineIsTaken() {
        // cumulative 8 and 12 are both 2 away from 10
        List<ScoredHousehold> households = List.of(household("a", "10", 8), household("b", "20", 4));
        CutOffLine line = CutOffLine.fit(10, households);
        assertThat(line.cutOffScore()).isEqualByComparingTo("10");
        assertThat(line.candidates()).containsExactly("a");
    }

    @Test
    void thePoorestGroupIsAlwaysBelowTheLine() {
        List<ScoredHousehold> households = List.of(household("a", "10", 9), household("b", "20", 4));
        assertThat(CutOffLine.fit(2, households).candidates()).containsExactly("a");
    }

    @Test
    void aScaleAboveEveryoneTakesAllHouseholds() {
        List<ScoredHousehold> households = List.of(household("a", "10", 3), household("b", "20", 4));
        CutOffLine line = CutOffLine.fit(1000, households);
        assertThat(line.candidates()).containsExactly("a", "b");
        assertThat(line.cutOffScore()).isEqualByComparingTo("20");
    }
}

package io.jiandang.reporting.cycle.domain;

import io.jiandang.divisions.DivisionLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpdateCycleTest {

    private static final Instant NOW = Instant.parse("2016-07-01T01:00:00Z");
    private static final Map<DivisionLevel, LocalDate> DEADLINES = Map.of(DivisionLevel.VILLAGE, LocalDate.parse("2016-09-10"),
            DivisionLevel.TOWNSHIP, LocalDate.parse("2016-09-20"), DivisionLevel.COUNTY, LocalDate.parse("2016-09-30"));

    @Test
    void aQuarterlyCycleCoversItsQuarter() {
        UpdateCycle cycle = UpdateCycle.open(CycleKind.QUARTERLY, "2016-Q3", DEADLINES, "region-officer", NOW);
        assertThat(cycle.id()).isEqualTo("2016-Q3");
        assertThat(cycle.periodStart()).isEqualTo("2016-07-01");
        assertThat(cycle.periodEnd()).isEqualTo("2016-09-30");
        assertThat(cycle.state()).isEqualTo(UpdateCycle.State.OPEN);
    }

    @Test
    void cannotOpenAHalfYearlyCycleForAQuarter() {
        assertThatThrownBy(() -> UpdateCycle.open(CycleKind.HALF_YEARLY, "2016-Q3", DEADLINES, "r", NOW))
                .isInstanceOfSatisfying(UpdateCycleException.class, e -> assertThat(e.rule()).isEqualTo("period-fits-kind"));
    }

    @Test
    void cannotOpenACycleWhoseCountyDeadlineComesBeforeTheTownships() {
        Map<DivisionLevel, LocalDate> wrong = Map.of(DivisionLevel.VILLAGE, LocalDate.parse("2016-09-10"),
                DivisionLevel.TOWNSHIP, LocalDate.parse("2016-09-20"), DivisionLevel.COUNTY, LocalDate.parse("2016-09-15"));
        assertThatThrownBy(() -> UpdateCycle.open(CycleKind.QUARTERLY, "2016-Q3", wrong, "r", NOW))
                .isInstanceOfSatisfying(UpdateCycleException.class, e -> assertThat(e.rule()).isEqualTo("deadlines-in-order"));
    }

    @Test
    void cannotCloseACycleTwice() {
        UpdateCycle closed = UpdateCycle.open(CycleKind.ANNUAL, "2016-A", DEADLINES, "r", NOW)
                .close("r", NOW, new UpdateCycle.Snapshot(Map.of(), Map.of(), "{}", "h"));
        assertThat(closed.version()).isEqualTo(1);
        assertThatThrownBy(() -> closed.close("r", NOW, null))
                .isInstanceOfSatisfying(UpdateCycleException.class, e -> assertThat(e.rule()).isEqualTo("cycle-open"));
    }
}

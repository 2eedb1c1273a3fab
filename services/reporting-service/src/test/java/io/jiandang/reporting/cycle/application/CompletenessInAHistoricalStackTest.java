package io.jiandang.reporting.cycle.application;

import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.reporting.cycle.domain.CycleKind;
import io.jiandang.reporting.cycle.domain.UpdateCycle;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.reporting.register.application.InMemoryRegisterStore;
import io.jiandang.clock.RecordingClock;
import io.jiandang.reporting.register.application.RegisterProjection;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jiandang.reporting.register.application.RegisterEvents.registered;
import static io.jiandang.reporting.register.application.RegisterEvents.surveyed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle's completeness counts the register as known now in recording time: with the business clock in 2014 (a
 * historical stack, ADR 0010) households recorded at the real time are counted, not left out as not yet known.
 */
class CompletenessInAHistoricalStackTest {

    private static final String VILLAGE = "451227101201";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock BUSINESS_2014 = Clock.fixed(Instant.parse("2014-01-20T02:00:00Z"), CHINA);
    private static final Instant RECORDED = Instant.parse("2026-11-28T09:00:00Z");
    private static final Clock RECORDING_NOW = Clock.fixed(RECORDED.plusSeconds(60), CHINA);

    @Test
    void completenessCountsHouseholdsRecordedNowThoughTheBusinessClockIsIn2014() {
        InMemoryRegisterStore register = new InMemoryRegisterStore();
        RegisterProjection projection = new RegisterProjection(new FactReaders(), register, village -> { });
        LocalDate registeredOn = LocalDate.parse("2013-10-30");
        for (String id : List.of("h1", "h2")) {
            projection.apply(surveyed(id, VILLAGE, 4, RECORDED, registeredOn, "ILLNESS"));
            projection.apply(registered(id, VILLAGE, 3, 1, RECORDED, registeredOn));
        }
        UpdateCycle cycle = UpdateCycle.open(CycleKind.QUARTERLY, "2013-Q4", Map.of(
                DivisionLevel.VILLAGE, LocalDate.parse("2013-12-10"), DivisionLevel.TOWNSHIP, LocalDate.parse("2013-12-20"),
                DivisionLevel.COUNTY, LocalDate.parse("2013-12-31")), "region-officer", BUSINESS_2014.instant());
        UpdateCycleService service = new UpdateCycleService(new OneCycle(cycle), null, register,
                DivisionCatalogue.guangxi(), BUSINESS_2014, new RecordingClock(RECORDING_NOW));

        List<UpdateCycleService.CompletenessRow> rows = service.completeness(
                new Actor("s", Role.SUPERVISOR, DivisionLevel.COUNTY, "451227"), "2013-Q4", "451227");

        assertThat(rows.get(0).registeredHouseholds()).isEqualTo(2);
        assertThat(rows.get(0).notReviewed()).isEqualTo(2);
        assertThat(rows.get(0).overdue()).as("the county deadline is past on the business date").isTrue();
    }

    private record OneCycle(UpdateCycle cycle) implements UpdateCycles {
        @Override
        public Optional<UpdateCycle> find(String id) {
            return Optional.of(cycle).filter(c -> c.id().equals(id));
        }

        @Override
        public List<UpdateCycle> all() {
            return List.of(cycle);
        }

        @Override
        public boolean insert(UpdateCycle other) {
            throw new UnsupportedOperationException("not used by completeness");
        }

        @Override
        public boolean replace(UpdateCycle other, long expectedVersion) {
            throw new UnsupportedOperationException("not used by completeness");
        }
    }
}

package io.jiandang.reporting.register.application;

import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live dashboard's figures, computed from the divisions held in memory and updated from the batches the
 * projection writes, equal a fresh statistics query on the register after every batch.
 */
class LiveRegisterFiguresTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Actor REGION_SUPERVISOR = new Actor("s", Role.SUPERVISOR, DivisionLevel.REGION, "450000");
    private static final List<String> WATCHED = List.of("451227", "451200", "450000", MessyRegisterStream.VILLAGE);

    private final InMemoryRegisterStore store = new InMemoryRegisterStore();
    private final StatisticsService statistics = new StatisticsService(store, DivisionCatalogue.guangxi(), CLOCK);
    private final LiveRegister live = new LiveRegister(store);
    private final FactReaders readers = AssistanceFactReaders.registerOn(new FactReaders());

    @Test
    void figuresFromTheLiveRegisterEqualAFreshStatisticsQueryAfterEveryBatch() {
        List<EventEnvelope> stream = MessyRegisterStream.events(7);
        live.watch("451227");
        int batch = 0;
        for (int from = 0; from < stream.size(); from += 9, batch++) {
            WriteBehindRegisterStore writes = new WriteBehindRegisterStore(store);
            RegisterProjection projection = new RegisterProjection(readers, writes, village -> { });
            stream.subList(from, Math.min(stream.size(), from + 9)).forEach(projection::apply);
            Set<String> changed = live.written(writes.flush(), writes.referenceDataChanged());
            if (batch == 3) {
                WATCHED.forEach(live::watch); // watched from the middle on: read from the store once
            }
            assertThat(changed).isSubsetOf(WATCHED);
            for (String division : WATCHED) {
                if (live.watches(division)) {
                    for (String period : List.of("2016-Q2", "2016-Q4", "2016")) {
                        assertThat(statistics.statistics(live.asStore(), REGION_SUPERVISOR, division, period, null))
                                .as("%s %s after batch %d", division, period, batch)
                                .isEqualTo(statistics.statistics(REGION_SUPERVISOR, division, period, null));
                    }
                }
            }
        }
        assertThat(statistics.statistics(live.asStore(), REGION_SUPERVISOR, "451227", "2016-Q4", null).division().poorHouseholds())
                .isPositive();
    }

    @Test
    void aBatchOutsideTheWatchedDivisionsChangesNone() {
        live.watch("451227");
        WriteBehindRegisterStore writes = new WriteBehindRegisterStore(store);
        new RegisterProjection(readers, writes, village -> { }).apply(RegisterEvents.surveyed("h-x",
                MessyRegisterStream.OTHER_COUNTY_VILLAGE, 3, CLOCK.instant(), java.time.LocalDate.parse("2016-11-30"), "ILLNESS"));

        assertThat(live.written(writes.flush(), false)).isEmpty();
    }
}

package io.jiandang.reporting.cycle.application;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.reporting.cycle.domain.UpdateCycle;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.reporting.register.application.InMemoryRegisterStore;
import io.jiandang.reporting.register.application.RegisterProjection;
import io.jiandang.reporting.register.domain.Period;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.jiandang.reporting.register.application.RegisterEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

class PeriodSnapshotsTest {

    private static final Instant T = Instant.parse("2016-08-01T00:00:00Z");
    private static final LocalDate D = LocalDate.parse("2016-08-01");
    private static final Map<String, Long> POSITIONS = Map.of("registration.events/0", 6L);

    private final List<EventEnvelope> events = List.of(
            surveyed("h1", "451227101201", 3, T, D, "ILLNESS"), registered("h1", "451227101201", 3, 1, T, D),
            surveyed("h2", "451227101201", 2, T, D), registered("h2", "451227101201", 2, 1, T, D),
            updated("h1", "451227101201", 2, "2016-Q3", T, D), exited("h2", "451227101201", LocalDate.parse("2016-09-01"), T));

    private static UpdateCycle.Snapshot freeze(List<EventEnvelope> in) {
        InMemoryRegisterStore store = new InMemoryRegisterStore();
        RegisterProjection projection = new RegisterProjection(new FactReaders(), store, v -> { });
        in.forEach(projection::apply);
        return PeriodSnapshots.freeze(Period.parse("2016-Q3"), POSITIONS, store);
    }

    @Test
    void theSameEventsInAnotherPartitionOrderGiveTheSameHash() {
        List<EventEnvelope> shuffled = new ArrayList<>(events);
        Collections.reverse(shuffled);
        UpdateCycle.Snapshot first = freeze(events);
        assertThat(freeze(shuffled).hash()).isEqualTo(first.hash());
        assertThat(first.canonicalFigures()).contains("\"451227101201\"").contains("\"exitHouseholds\":1");
        assertThat(first.ruleVersions()).containsEntry("reportingRules", 1).containsEntry("registrationPolicy", 1);
    }

    @Test
    void oneMoreEventChangesTheHash() {
        List<EventEnvelope> more = new ArrayList<>(events);
        more.add(removed("h1", "451227101201", 3, T, D));
        assertThat(freeze(more).hash()).isNotEqualTo(freeze(events).hash());
    }
}

package io.jiandang.reporting.register.application;

import io.jiandang.clock.RecordingClock;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.jiandang.reporting.register.application.RegisterEvents.registered;
import static io.jiandang.reporting.register.application.RegisterEvents.surveyed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a historical stack (ADR 0010) the business clock stands in 2013 while facts are recorded at the real time:
 * statistics asked without {@code knownAt} count what is recorded by now in recording time, not by the business
 * clock's now (which would make every fact look not yet known).
 */
class DefaultKnownAtIsRecordingTimeTest {

    private static final String VILLAGE = "451227101201";
    private static final Actor REGION_SUPERVISOR = new Actor("s", Role.SUPERVISOR, DivisionLevel.REGION, "450000");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock BUSINESS_2013 = Clock.fixed(Instant.parse("2013-11-20T02:00:00Z"), CHINA);
    private static final Instant RECORDED = Instant.parse("2026-11-28T09:00:00Z");
    private static final Clock RECORDING_NOW = Clock.fixed(RECORDED.plusSeconds(60), CHINA);
    private static final LocalDate REGISTERED_ON = LocalDate.parse("2013-10-30");

    private static final int HOUSEHOLDS = Disclosure.THRESHOLD + 1;

    private final InMemoryRegisterStore store = new InMemoryRegisterStore();

    private void feed(EventEnvelope... events) {
        RegisterProjection projection = new RegisterProjection(new FactReaders(), store, village -> { });
        for (EventEnvelope e : events) {
            projection.apply(e);
        }
    }

    /** Enough households to be shown (Disclosure withholds small counts), registered in 2013, recorded now. */
    private void registerHouseholdsRecordedNow() {
        for (int i = 1; i <= HOUSEHOLDS; i++) {
            feed(surveyed("h" + i, VILLAGE, 4, RECORDED, REGISTERED_ON, "ILLNESS"),
                    registered("h" + i, VILLAGE, 3, 1, RECORDED, REGISTERED_ON));
        }
    }

    @Test
    void withABusinessClockIn2013FactsRecordedNowCountInTheDefaultStatistics() {
        registerHouseholdsRecordedNow();
        StatisticsService statistics = new StatisticsService(store, DivisionCatalogue.guangxi(), BUSINESS_2013,
                new RecordingClock(RECORDING_NOW));

        StatisticsView view = statistics.statistics(REGION_SUPERVISOR, "451227", null, null);

        assertThat(view.period()).as("the default period is the business date's quarter").isEqualTo("2013-Q4");
        assertThat(view.knownAt()).isEqualTo(RECORDING_NOW.instant());
        assertThat(view.division().poorHouseholds()).isEqualTo(HOUSEHOLDS);
        assertThat(view.division().poorPeople()).isEqualTo(3 * HOUSEHOLDS);
    }

    @Test
    void anExplicitKnownAtBeforeTheRecordingStillSeesNothing() {
        registerHouseholdsRecordedNow();
        StatisticsService statistics = new StatisticsService(store, DivisionCatalogue.guangxi(), BUSINESS_2013,
                new RecordingClock(RECORDING_NOW));

        StatisticsView view = statistics.statistics(REGION_SUPERVISOR, "451227", "2013-Q4", RECORDED.minusSeconds(1));

        assertThat(view.division().poorHouseholds()).isZero();
    }
}

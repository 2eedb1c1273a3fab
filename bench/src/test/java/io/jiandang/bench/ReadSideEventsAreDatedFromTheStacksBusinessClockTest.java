package io.jiandang.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jiandang.envelope.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the read-side bench dates what it produces and asks; no stack runs here. */
class ReadSideEventsAreDatedFromTheStacksBusinessClockTest {

    /** A historical stack (ADR 0010): its business clock stands in 2016 while the real date is 2026-11-28. */
    private static final Instant REAL = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant BUSINESS_NOW = Instant.parse("2016-11-02T02:30:00Z");
    private static final Duration OFFSET = Duration.between(REAL, BUSINESS_NOW);

    /** The body DemoClockController answers: {@code Map.of("now", instant, "offset", duration)}. */
    private static final String DEMO_CLOCK = "{\"now\":\"" + BUSINESS_NOW + "\",\"offset\":\"" + OFFSET + "\"}";

    private final BusinessDate business = BusinessDate.fromDemoClock(DEMO_CLOCK, "reporting-service GET /api/demo-clock");

    @Test
    void theBusinessDateIsReadFromTheDemoClockAnswerInChinaTime() {
        assertThat(business.now()).isEqualTo(BUSINESS_NOW);
        assertThat(business.offset()).isEqualTo(OFFSET).isNegative();
        assertThat(business.today()).isEqualTo(LocalDate.of(2016, 11, 2));
        // 17:00 UTC is already the next day in Guangxi
        BusinessDate lateEvening = BusinessDate.fromDemoClock("{\"now\":\"2016-12-31T17:00:00Z\",\"offset\":\"PT0S\"}", "x");
        assertThat(lateEvening.today()).isEqualTo(LocalDate.of(2017, 1, 1));
    }

    @Test
    void theDashboardPeriodIsTheQuarterOfTheBusinessDate() {
        assertThat(business.quarter()).isEqualTo("2016-Q4");
        assertThat(BusinessDate.quarterOf(LocalDate.of(2013, 9, 1))).isEqualTo("2013-Q3");
        assertThat(BusinessDate.quarterOf(LocalDate.of(2014, 1, 1))).isEqualTo("2014-Q1");
    }

    @Test
    void anAnswerWithoutNowOrOffsetStopsTheBenchInsteadOfDatingFromTheRealDate() {
        assertThatThrownBy(() -> BusinessDate.fromDemoClock("{\"now\":\"2016-11-02T02:30:00Z\"}", "reporting-service"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reporting-service");
        assertThatThrownBy(() -> BusinessDate.fromDemoClock("<html>not found</html>", "audit-service"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("audit-service");
    }

    @Test
    void realTimeIsOnlyTheExplicitChoiceAndSaysSo() {
        BusinessDate real = BusinessDate.realTime(Clock.fixed(REAL, ZoneOffset.UTC));
        assertThat(real.today()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(real.offset()).isZero();
        assertThat(real.source()).contains("--real-today");
        assertThat(real.toString()).contains("real time");
    }

    @Test
    void dashboardHouseholdsTakeEffectOnTheBusinessDateAndAreRecordedOnTheBusinessClock() {
        Instant sent = REAL.plusSeconds(30);
        EventEnvelope[] events = ReadSideBench.dashboardHousehold("h-1", "451202001001", 3, business, sent);

        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly("io.jiandang.registration.HouseholdSurveyed", "io.jiandang.registration.HouseholdRegistered");
        assertThat(events).allSatisfy(e -> {
            // in the period the dashboard shows (2016-Q4, as at 2016-12-31)
            assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2016, 11, 2));
            assertThat(BusinessDate.quarterOf(e.effectiveOn())).isEqualTo(business.quarter());
            // recorded 30 s after the clock was read, on that clock: by then the dashboard's "known at" includes it
            assertThat(e.time()).isEqualTo(BUSINESS_NOW.plusSeconds(30));
            assertThat(e.householdId()).isEqualTo("h-1");
            assertThat(e.divisionCode()).isEqualTo("451202001001");
        });
        assertThat(events[0].sequence()).isZero();
        assertThat(events[1].sequence()).isEqualTo(1);
    }

    @Test
    void theAsOfQueryNamesTheBusinessDateAndARealKnownAt() {
        assertThat(ReadSideBench.asOfQuery("h-1", LocalDate.of(2016, 11, 2), REAL))
                .isEqualTo("/api/households/h-1/as-of?date=2016-11-02&knownAt=2026-11-28T10:00:00Z");
    }

    @Test
    void aWithheldCountIsNotReadAsZeroAndNeverCountsAHousehold() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(ReadSideBench.poorHouseholds(json.readTree("{\"division\":{\"poorHouseholds\":null,\"withheld\":true}}"))).isNull();
        assertThat(ReadSideBench.poorHouseholds(json.readTree("{\"division\":{\"poorHouseholds\":0}}"))).isZero();
        List<ReadSideBench.Seen> messages = List.of(new ReadSideBench.Seen(1_000, 5), new ReadSideBench.Seen(1_100, null),
                new ReadSideBench.Seen(1_300, 7));
        assertThat(ReadSideBench.firstAtLeast(messages, 6, 1_050)).isEqualTo(1_300);
    }

    @Test
    void freshnessWithoutSamplesHasNoPercentilesAndSaysItWasNotMeasured() {
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("period", "2016-Q4");
        result.put("businessDate", "2016-11-02");

        ReadSideBench.summarise(List.of(), 3000, result);

        assertThat(result.path("samples").asInt(-1)).isZero();
        assertThat(result.path("notSeen").asInt()).isEqualTo(3000);
        assertThat(result.path("p50Millis").isNull()).isTrue();
        assertThat(result.path("p95Millis").isNull()).isTrue();
        assertThat(result.path("notMeasured").asText()).contains("NO SAMPLES").contains("3000");
        assertThat(ReadSideBench.freshnessLine(result)).contains("FRESHNESS NOT MEASURED").doesNotContain("0 ms");
    }

    @Test
    void freshnessWithSamplesPrintsItsPercentilesWithTheirCount() {
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("households", 4);
        result.put("period", "2016-Q4");
        result.put("businessDate", "2016-11-02");
        result.put("businessClock", "reporting-service GET /api/demo-clock");

        ReadSideBench.summarise(List.of(300.0, 100.0, 200.0), 4, result);

        assertThat(result.path("samples").asInt()).isEqualTo(3);
        assertThat(result.path("notSeen").asInt()).isEqualTo(1);
        assertThat(result.path("p50Millis").asDouble()).isEqualTo(200.0);
        assertThat(result.path("p95Millis").asDouble()).isEqualTo(300.0);
        assertThat(ReadSideBench.freshnessLine(result))
                .contains("p50 200 ms, p95 300 ms over 3 samples of 4 households (1 not seen)").contains("2016-11-02");
    }
}

package io.jiandang.audit.replay.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import io.jiandang.audit.asof.application.AsOfReconstruction;
import io.jiandang.audit.asof.domain.HouseholdStateFold;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.log.adapters.out.persistence.MongoAuditLog;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.audit.replay.adapters.out.reporting.HttpPublishedFigures;
import io.jiandang.audit.replay.domain.Figure;
import io.jiandang.audit.replay.domain.FigureComparison;
import io.jiandang.audit.replay.domain.ReplayedFigure;
import io.jiandang.audit.support.Events;
import io.jiandang.audit.support.MongoWireServer;
import io.jiandang.testing.MovableClock;
import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Figures recomputed from the log for Bama county (451227): two registered households (3 and 2 people), the
 * second exiting on 2026-06-30 (recorded 2026-07-02), and one merely surveyed. The published side is a stub
 * HTTP server standing in for the reporting service, which is being written elsewhere.
 */
class ReplayedFiguresTest {

    private static final MongoWireServer MONGO = new MongoWireServer();
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Division BAMA = DivisionCatalogue.guangxi().get("451227");

    private FigureReplay replay;
    private HttpServer reporting;
    private FigureReplay againstReporting;
    private final java.util.concurrent.atomic.AtomicReference<String> statisticsBody = new java.util.concurrent.atomic.AtomicReference<>("{}");
    private final AtomicReference<String> publishedBody = new AtomicReference<>();
    private final List<String> requestedPaths = new ArrayList<>();

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @BeforeEach
    void threeHouseholdsAndAStubReportingService() throws Exception {
        reporting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        reporting.createContext("/api/figures", exchange -> {
            requestedPaths.add(exchange.getRequestURI().toString());
            byte[] body = publishedBody.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // the reporting service's real answer: GET /api/statistics?division&period&knownAt → StatisticsView
        reporting.createContext("/api/statistics", exchange -> {
            requestedPaths.add(exchange.getRequestURI().toString());
            byte[] body = statisticsBody.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        reporting.start();
        String template = "http://127.0.0.1:" + reporting.getAddress().getPort()
                + "/api/figures/{figure}?division={division}&asOf={asOf}&from={from}&to={to}";

        MongoAuditLog log = new MongoAuditLog(MONGO.freshDatabase());
        AuditLogAppender appender = new AuditLogAppender(log, new MovableClock(Instant.parse("2026-11-28T00:00:00Z")), JSON);
        replay = new FigureReplay(log, new AsOfReconstruction(log, HouseholdStateFold.standard(), JSON),
                new HttpPublishedFigures(template, "/figure/value", JSON, () -> "token-of-the-caller"));
        // the defaults of application.yml, pointed at the stub
        againstReporting = new FigureReplay(log, new AsOfReconstruction(log, HouseholdStateFold.standard(), JSON),
                new HttpPublishedFigures("http://127.0.0.1:" + reporting.getAddress().getPort()
                        + "/api/statistics?division={division}&period={period}&knownAt={knownAt}", "/division/{field}", JSON,
                        () -> "token-of-the-caller"));
        registered(appender, "hh-three", 3);
        registered(appender, "hh-two", 2);
        appender.append("exit.events", Events.event("exit", "HouseholdExited", "hh-two", "exit-hh-two", 0, "2026-07-02T02:00:00Z",
                "2026-06-30", Events.COUNTY_OFFICER, "{\"householdId\":\"hh-two\",\"divisionCode\":\"451227101201\",\"exitedOn\":\"2026-06-30\","
                        + "\"trackingEndsOn\":\"2028-06-29\",\"observationEndsOn\":\"2029-06-29\",\"criteriaVersion\":1}"));
        appender.append("registration.events", Events.registration("HouseholdSurveyed", "hh-surveyed", 0, "2026-01-05T02:00:00Z", null,
                "{\"householdId\":\"hh-surveyed\",\"divisionCode\":\"451227101201\",\"members\":[],\"people\":4}"));
    }

    @AfterEach
    void stopReporting() {
        reporting.stop(0);
    }

    @Test
    void thePoorPopulationIsThePeopleOfRegisteredHouseholdsOnTheDate() {
        ReplayedFigure may = replay.replay(Figure.POOR_POPULATION, BAMA, date("2026-05-31"), null, null, endOf("2026-11-27"));
        ReplayedFigure july = replay.replay(Figure.POOR_POPULATION, BAMA, date("2026-07-31"), null, null, endOf("2026-11-27"));

        assertThat(may.value()).isEqualTo(5);
        assertThat(may.householdsCounted()).containsExactlyInAnyOrder("hh-three", "hh-two");
        assertThat(may.householdsExamined()).isEqualTo(3);
        assertThat(july.value()).isEqualTo(3);
    }

    @Test
    void anExitCountsInItsPeriodOnlyOnceItWasRecorded() {
        ReplayedFigure known = replay.replay(Figure.EXITED_HOUSEHOLDS, BAMA, null, date("2026-04-01"), date("2026-06-30"), endOf("2026-07-31"));
        ReplayedFigure notYetKnown = replay.replay(Figure.EXITED_HOUSEHOLDS, BAMA, null, date("2026-04-01"), date("2026-06-30"), endOf("2026-07-01"));
        ReplayedFigure people = replay.replay(Figure.EXITED_PEOPLE, BAMA, null, date("2026-04-01"), date("2026-06-30"), endOf("2026-07-31"));

        assertThat(known.value()).isEqualTo(1);
        assertThat(notYetKnown.value()).isZero();
        assertThat(people.value()).isEqualTo(2);
    }

    @Test
    void theReplayedFigureEqualsThePublishedOne() {
        publishedBody.set("{\"figure\":{\"name\":\"poor-population\",\"value\":5}}");

        FigureComparison comparison = replay.compare(Figure.POOR_POPULATION, BAMA, date("2026-05-31"), null, null, endOf("2026-11-27"));

        assertThat(comparison.matches()).isTrue();
        assertThat(comparison.published()).isEqualByComparingTo("5");
        assertThat(requestedPaths).containsExactly("/api/figures/poor-population?division=451227&asOf=2026-05-31&from=&to=");
    }

    @Test
    void aPublishedFigureThatDiffersIsReportedAsAMismatch() {
        publishedBody.set("{\"figure\":{\"value\":6}}");

        FigureComparison comparison = replay.compare(Figure.POOR_POPULATION, BAMA, date("2026-05-31"), null, null, endOf("2026-11-27"));

        assertThat(comparison.matches()).isFalse();
        assertThat(comparison.difference()).isEqualByComparingTo("-1");
        assertThat(comparison.finding()).startsWith("MISMATCH");
    }

    @Test
    void anAnswerWithoutANumberIsReportedAsReportingUnavailable() {
        publishedBody.set("{\"figure\":{}}");

        assertThatThrownBy(() -> replay.compare(Figure.POOR_POPULATION, BAMA, date("2026-05-31"), null, null, endOf("2026-11-27")))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.code()).isEqualTo(AuditErrorCode.REPORTING_UNAVAILABLE));
    }

    @Test
    void thePoorPopulationIsComparedWithTheReportingServicesStatisticsOfTheQuarterEndingOnTheDate() {
        statisticsBody.set("""
                {"period":"2026-Q2","asAt":"2026-06-30","division":{"code":"451227","poorHouseholds":null,"poorPeople":3,
                 "exitHouseholds":1,"exitPeople":2,"suppressed":false},"notes":{}}""");

        FigureComparison comparison = againstReporting.compare(Figure.POOR_POPULATION, BAMA, date("2026-06-30"), null, null,
                Instant.parse("2026-11-27T00:00:00Z"));

        assertThat(comparison.matches()).isTrue();
        assertThat(comparison.published()).isEqualByComparingTo("3");
        assertThat(requestedPaths).containsExactly("/api/statistics?division=451227&period=2026-Q2&knownAt=2026-11-27T00%3A00%3A00Z");
    }

    @Test
    void anExitFigureIsComparedWithTheReportingServicesExitsOfTheSamePeriod() {
        statisticsBody.set("""
                {"period":"2026-Q2","division":{"code":"451227","exitHouseholds":1,"exitPeople":2,"suppressed":false}}""");

        FigureComparison households = againstReporting.compare(Figure.EXITED_HOUSEHOLDS, BAMA, null, date("2026-04-01"),
                date("2026-06-30"), Instant.parse("2026-11-27T00:00:00Z"));
        FigureComparison people = againstReporting.compare(Figure.EXITED_PEOPLE, BAMA, null, date("2026-01-01"),
                date("2026-06-30"), Instant.parse("2026-11-27T00:00:00Z"));

        assertThat(households.matches()).isTrue();
        assertThat(people.matches()).isTrue();
        assertThat(requestedPaths).containsExactly(
                "/api/statistics?division=451227&period=2026-Q2&knownAt=2026-11-27T00%3A00%3A00Z",
                "/api/statistics?division=451227&period=2026-H1&knownAt=2026-11-27T00%3A00%3A00Z");
    }

    @Test
    void aDateOrPeriodTheReportingServiceDoesNotPublishIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> againstReporting.compare(Figure.POOR_POPULATION, BAMA, date("2026-05-31"), null, null,
                endOf("2026-11-27"))).isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.code()).isEqualTo(AuditErrorCode.INVALID_PERIOD);
                    assertThat(e.field()).isEqualTo("date");
                });
        assertThatThrownBy(() -> againstReporting.compare(Figure.EXITED_PEOPLE, BAMA, null, date("2026-04-02"), date("2026-06-30"),
                endOf("2026-11-27"))).isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThat(requestedPaths).isEmpty();
    }

    @Test
    void aFigureTheReportingServiceWithholdsIsSaidToBeWithheld() {
        statisticsBody.set("""
                {"division":{"code":"451227","poorPeople":null,"suppressed":true}}""");

        assertThatThrownBy(() -> againstReporting.compare(Figure.POOR_POPULATION, BAMA, date("2026-06-30"), null, null,
                endOf("2026-11-27"))).isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.code()).isEqualTo(AuditErrorCode.REPORTING_UNAVAILABLE);
                    assertThat(e.getMessage()).contains("withholds");
                });
    }

    @Test
    void anExitFigureWithoutAPeriodIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> replay.replay(Figure.EXITED_HOUSEHOLDS, BAMA, date("2026-05-31"), null, null, endOf("2026-11-27")))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.code()).isEqualTo(AuditErrorCode.INVALID_PERIOD);
                    assertThat(e.field()).isEqualTo("from");
                });
    }

    private static void registered(AuditLogAppender appender, String household, int people) {
        String body = "{\"householdId\":\"" + household + "\",\"divisionCode\":\"451227101201\"";
        appender.append("registration.events", Events.registration("HouseholdSurveyed", household, 0, "2026-01-05T02:00:00Z", null,
                body + ",\"members\":[],\"score\":10,\"policyVersion\":2}"));
        appender.append("registration.events", Events.registration("HouseholdRegistered", household, 1, "2026-03-01T02:00:00Z", "2026-03-01",
                body + ",\"score\":10,\"policyVersion\":2,\"people\":" + people + "}"));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant endOf(String iso) {
        return LocalDate.parse(iso).plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().minusNanos(1);
    }
}

package io.jiandang.exit.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.IncomeEntryCountedEvent;
import io.jiandang.contracts.assistance.IncomeSource;
import io.jiandang.contracts.assistance.YearlyNetIncomePerHeadChangedEvent;
import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.exit.support.ExitTestData;
import io.jiandang.testing.MovableClock;
import io.jiandang.security.Actor;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.kafka.TopicRecords;
import io.jiandang.testing.kafka.PublishedRecords;
import io.jiandang.testing.http.ServiceHttp;
import io.jiandang.testing.security.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.jiandang.exit.support.ExitTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household's way out of poverty and back, over HTTP and the real broker: the test plays the registration and
 * assistance services (a registered household, its pairing and a year of signed income on their topics), then
 * assessment, the three signatures, the notice (the test's clock moves seven days), cancellation, HouseholdExited
 * read from {@code exit.events}, and finally a relapse approved on {@code relapse.events} shown against the exit.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HouseholdExitOverHttpEndToEndTest {

    static final Instant START = Instant.parse("2016-12-01T02:00:00Z");

    @TestConfiguration
    static class TestClock {
        @Bean
        MovableClock clock() {
            return new MovableClock(START);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("exit").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;

    private final ServiceHttp http = new ServiceHttp(() -> port);
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aPairedHouseholdWithAYearOfSignedIncomeExitsAndItsLaterRelapseIsShownAgainstTheExit() throws Exception {
        String householdId = UUID.randomUUID().toString();
        HttpResponse<String> policy = http.post("/api/exit-policies", POLICY_ADMIN, json.writeValueAsString(ExitTestData.policy()));
        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(201);
        HttpResponse<String> plan = http.post("/api/exit-plans", POLICY_ADMIN, json.writeValueAsString(Map.of("year", 2016,
                "regionalTarget", 1000, "counties", List.of(county("451227", 300), county("451221", 700)))));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);

        try (PublishedRecords records = new PublishedRecords()) {
            // registration-service: surveyed with four members, registered
            var registration = records.stream("registration", "Household", householdId, householdId, VILLAGE,
                    new EventEnvelope.ActorStamp("county-officer", "INFORMATION_OFFICER", "COUNTY", COUNTY));
            List<ProtectedMember> members = List.of(member("1", RelationToHead.HEAD), member("2", RelationToHead.SPOUSE),
                    member("3", RelationToHead.CHILD), member("4", RelationToHead.CHILD));
            registration.publish(new HouseholdSurveyedEvent(householdId, VILLAGE, members, new BigDecimal("38.5"), 1,
                    Map.of("income_per_head", new BigDecimal("0.2")), Set.of(PovertyCause.ILLNESS),
                    Set.of(PovertyArea.ROCKY_MOUNTAIN)), LocalDate.parse("2015-10-10"));
            registration.publish(new HouseholdRegisteredEvent(householdId, VILLAGE, new BigDecimal("38.5"), 1, 4),
                    LocalDate.parse("2015-12-01"));

            // assistance-service: a cadre paired, twelve signed months of 2016 and the yearly figure after each
            var assistance = records.stream("assistance", "HouseholdAssistance", householdId, householdId, VILLAGE,
                    new EventEnvelope.ActorStamp(CADRE.userId(), "ASSISTANCE_CADRE", "VILLAGE", VILLAGE));
            assistance.publish(new HouseholdPairedEvent(householdId, VILLAGE, CADRE.userId(), "same village", LocalDate.parse("2016-01-05"), 1),
                    LocalDate.parse("2016-01-05"));
            BigDecimal monthly = new BigDecimal("1150.00");
            for (int month = 1; month <= 12; month++) {
                assistance.publish(new IncomeEntryCountedEvent(householdId, VILLAGE, "entry-" + month, YearMonth.of(2016, month),
                        Map.of(IncomeSource.WAGES, new BigDecimal("1300.00")), new BigDecimal("150.00"), monthly, 4, null,
                        CADRE.userId()), LocalDate.of(2016, month, 28));
                BigDecimal total = monthly.multiply(BigDecimal.valueOf(month));
                assistance.publish(new YearlyNetIncomePerHeadChangedEvent(householdId, VILLAGE, 2016, total, 4,
                        total.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP), month), LocalDate.of(2016, month, 28));
            }

            Awaitility.await("the exit service to see the registered household, its cadre and its year of income")
                    .atMost(Duration.ofSeconds(90)).until(() -> {
                        HttpResponse<String> facts = http.get("/api/households/" + householdId + "/exit-facts", TOWNSHIP_OFFICER);
                        if (facts.statusCode() != 200) {
                            return false;
                        }
                        JsonNode f = json.readTree(facts.body());
                        return "REGISTERED".equals(f.path("status").asText()) && f.path("pairedCadres").toString().contains(CADRE.userId())
                                && f.path("incomes").path("2016").path("monthsCounted").asInt() == 12;
                    });

            // 八有一超 with a guarantee not met: refused, saying which and why
            HttpResponse<String> refused = http.post("/api/household-exits", TOWNSHIP_OFFICER, assessment(householdId, "SAFE_HOUSING"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            JsonNode failed = json.readTree(refused.body()).get("failedCriteria");
            assertThat(failed).hasSize(1);
            assertThat(failed.get(0).get("code").asText()).isEqualTo("SAFE_HOUSING");
            assertThat(failed.get(0).get("actual").asText()).startsWith("not met");

            HttpResponse<String> assessed = http.post("/api/household-exits", TOWNSHIP_OFFICER, assessment(householdId, null));
            assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
            String exitId = json.readTree(assessed.body()).get("id").asText();

            // 双认定: the household head (recorded with the scan), the team member and the paired cadre
            assertThat(http.post("/api/household-exits/" + exitId + "/notice", TOWNSHIP_OFFICER, "{}").statusCode()).isEqualTo(409);
            assertThat(http.post("/api/household-exits/" + exitId + "/signatures", TOWNSHIP_OFFICER,
                    "{\"signatory\":\"HOUSEHOLD_HEAD\",\"evidenceReference\":\"scan-2016-0042\"}").statusCode()).isEqualTo(204);
            assertThat(http.post("/api/household-exits/" + exitId + "/signatures", TEAM_MEMBER,
                    "{\"signatory\":\"VERIFICATION_TEAM_MEMBER\"}").statusCode()).isEqualTo(204);
            assertThat(http.post("/api/household-exits/" + exitId + "/signatures", CADRE,
                    "{\"signatory\":\"PAIRING_CADRE\"}").statusCode()).isEqualTo(204);

            // public notice: cancellation waits for the period, which the test's clock moves through
            HttpResponse<String> notice = http.post("/api/household-exits/" + exitId + "/notice", TOWNSHIP_OFFICER, "{}");
            assertThat(notice.statusCode()).as(notice.body()).isEqualTo(204);
            String cancellation = json.writeValueAsString(Map.of("exitedOn", "2016-12-20", "vetoChecks",
                    VETOES.stream().map(v -> Map.of("code", v.code(), "found", false)).toList()));
            HttpResponse<String> early = http.post("/api/household-exits/" + exitId + "/cancellation", COUNTY_OFFICER, cancellation);
            assertThat(early.statusCode()).isEqualTo(409);
            assertThat(json.readTree(early.body()).get("code").asText()).isEqualTo("NOTICE_PERIOD_NOT_ELAPSED");
            clock.advance(Duration.ofDays(7));

            // 销号
            HttpResponse<String> cancelled = http.post("/api/household-exits/" + exitId + "/cancellation", COUNTY_OFFICER, cancellation);
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);

            EventEnvelope exited = TopicRecords.firstOf("exit.events", householdId, "io.jiandang.exit.HouseholdExited");
            JsonNode body = json.readTree(exited.data());
            assertThat(exited.source()).isEqualTo("/jiandang/exit");
            assertThat(exited.householdId()).isEqualTo(householdId);
            assertThat(exited.actor().id()).isEqualTo(COUNTY_OFFICER.userId());
            assertThat(body.get("exitId").asText()).isEqualTo(exitId);
            assertThat(body.get("exitedOn").asText()).isEqualTo("2016-12-20");
            assertThat(body.get("trackingEndsOn").asText()).isEqualTo("2018-12-19");
            assertThat(body.get("observationEndsOn").asText()).isEqualTo("2019-12-19");
            assertThat(body.get("netIncomePerHead").decimalValue()).isEqualByComparingTo("3450.00");
            assertThat(body.get("incomeLine").decimalValue()).isEqualByComparingTo("3146");

            Awaitility.await("the exit's view and the plan's progress").atMost(Duration.ofSeconds(60)).until(() -> {
                JsonNode view = json.readTree(http.get("/api/household-exits/" + exitId, COUNTY_OFFICER).body());
                JsonNode progress = json.readTree(http.get("/api/exit-plans/2016", COUNTY_OFFICER).body());
                return "EXITED".equals(view.path("status").asText())
                        && progress.path("counties").path(0).path("exitedSoFar").asInt() >= 4;
            });
            JsonNode exitView = json.readTree(http.get("/api/household-exits/" + exitId, COUNTY_OFFICER).body());
            assertThat(exitView.get("trackingEndsOn").asText()).isEqualTo("2018-12-19");
            assertThat(exitView.get("observationEndsOn").asText()).isEqualTo("2019-12-19");
            assertThat(exitView.get("supportPhase").asText()).isEqualTo("TRACKING");
            JsonNode countyPlan = json.readTree(http.get("/api/exit-plans/2016", COUNTY_OFFICER).body()).get("counties");
            assertThat(countyPlan).hasSize(1);
            assertThat(countyPlan.get(0).get("countyCode").asText()).isEqualTo(COUNTY);
            // poverty scale (weight 30) gives 300 of 1,000; the other indicators are equal or zero, so they share
            // their 70 equally: 1000 × (0.30 × 0.3 + 0.70 × 0.5) = 440
            assertThat(countyPlan.get(0).get("target").asInt()).isEqualTo(440);

            // relapse-service: the household falls back within tracking and the county approves it
            String caseId = UUID.randomUUID().toString();
            var relapse = records.stream("relapse", "RelapseCase", caseId, householdId, VILLAGE,
                    new EventEnvelope.ActorStamp("county-officer", "INFORMATION_OFFICER", "COUNTY", COUNTY));
            relapse.publish(new RelapseAppliedEvent(caseId, householdId, VILLAGE, List.of(RelapseCause.ILLNESS),
                    new BigDecimal("1900"), List.of("doc-1"), exitId, LocalDate.parse("2016-12-20"), 1,
                    LocalDate.parse("2017-07-15")), LocalDate.parse("2017-07-01"));
            relapse.publish(new RelapseApprovedEvent(caseId, householdId, VILLAGE, LocalDate.parse("2017-09-01"),
                    List.of(RelapseCause.ILLNESS), exitId, 1), LocalDate.parse("2017-09-01"));

            Awaitility.await("the relapse shown against the exit").atMost(Duration.ofSeconds(60)).until(() ->
                    "APPROVED".equals(json.readTree(http.get("/api/household-exits/" + exitId, COUNTY_OFFICER).body())
                            .path("relapse").path("status").asText()));
            JsonNode withRelapse = json.readTree(http.get("/api/household-exits/" + exitId, COUNTY_OFFICER).body());
            assertThat(withRelapse.get("relapse").get("caseId").asText()).isEqualTo(caseId);
            assertThat(withRelapse.get("relapse").get("poorAgainFrom").asText()).isEqualTo("2017-09-01");
            assertThat(withRelapse.get("relapseDuringSupport").asBoolean()).isTrue();
            Awaitility.await("the household poor again in the register view").atMost(Duration.ofSeconds(60)).until(() ->
                    "POOR_AGAIN".equals(json.readTree(http.get("/api/households/" + householdId + "/exit-facts", COUNTY_OFFICER).body())
                            .path("status").asText()));

            // another county's officer sees nothing of it
            Actor otherCounty = new Actor("other", io.jiandang.security.Role.INFORMATION_OFFICER,
                    io.jiandang.divisions.DivisionLevel.COUNTY, "451221");
            assertThat(http.get("/api/household-exits/" + exitId, otherCounty).statusCode()).isEqualTo(403);
        }
    }

    // ---- helpers

    private static Map<String, Object> county(String code, int povertyScale) {
        Map<String, Object> indicators = new java.util.HashMap<>();
        for (var factor : PLAN_FACTORS) {
            indicators.put(factor.indicator().name(), 10);
        }
        indicators.put("POVERTY_SCALE", povertyScale);
        indicators.put("CUT_OFF_SCORE", 0);
        indicators.put("RELOCATION_SCALE", 0);
        indicators.put("FARMLAND_AND_FOREST_PER_POOR_PERSON", 0);
        indicators.put("RURAL_NET_INCOME_PER_HEAD", 0);
        indicators.put("POVERTY_FUNDS_PER_HEAD", 0);
        indicators.put("FISCAL_REVENUE_PER_HEAD", 0);
        return Map.of("countyCode", code, "indicators", indicators);
    }

    private String assessment(String householdId, String unmet) throws Exception {
        List<Map<String, Object>> guarantees = new ArrayList<>();
        for (ExitCriterion c : GUARANTEES) {
            guarantees.add(Map.of("code", c.code(), "met", !c.code().equals(unmet), "note", "visited 2016-11-28"));
        }
        return json.writeValueAsString(Map.of("householdId", householdId, "exitYear", 2016, "guarantees", guarantees,
                "verificationTeam", List.of(TEAM_MEMBER.userId(), "team-member-2")));
    }

    private static ProtectedMember member(String id, RelationToHead relation) {
        return new ProtectedMember(id, "cipher-name-" + id, "cipher-id-" + id, "fingerprint-" + UUID.randomUUID(), relation,
                1970, Sex.MALE);
    }

}

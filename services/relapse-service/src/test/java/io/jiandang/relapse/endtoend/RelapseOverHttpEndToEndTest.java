package io.jiandang.relapse.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.testing.MovableClock;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.kafka.TopicRecords;
import io.jiandang.testing.kafka.PublishedRecords;
import io.jiandang.testing.http.ServiceHttp;
import io.jiandang.testing.security.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relapse service against real parts: the test plays the registration and exit services (HouseholdRegistered on
 * {@code registration.events}, HouseholdExited on {@code exit.events}, CloudEvents envelopes), then drives a case
 * through the five steps over HTTP with signed tokens → Axon aggregate → PostgreSQL event store (+ open-case claim)
 * → Kafka {@code relapse.events} → MongoDB read model → HTTP. The notice period passes by moving the service clock.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelapseOverHttpEndToEndTest {

    private static final String COUNTY = "451227";
    private static final String TOWNSHIP = "451227101000";
    private static final String VILLAGE = "451227101201";
    private static final Actor VILLAGE_OFFICER = new Actor("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    private static final Actor TOWNSHIP_OFFICER = new Actor("township-officer", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, TOWNSHIP);
    private static final Actor COUNTY_OFFICER = new Actor("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, COUNTY);
    private static final Actor OTHER_COUNTY_OFFICER = new Actor("other-county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451221");
    private static final Actor POLICY_ADMIN = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
    private static final Instant START = Instant.parse("2026-11-28T02:00:00Z");
    private static final EventEnvelope.ActorStamp COUNTY_OFFICER_STAMP =
            new EventEnvelope.ActorStamp("county-officer", "INFORMATION_OFFICER", "COUNTY", COUNTY);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("relapse").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    private final ServiceHttp http = new ServiceHttp(() -> port);
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @BeforeEach
    void policyIsPublished() throws Exception {
        HttpResponse<String> published = http.post("/api/relapse-policies", POLICY_ADMIN, """
                {"version": 1, "noticePeriodDays": 7,
                 "stepDeadlineDays": {"HOME_VERIFICATION": 15, "VILLAGE_DELIBERATION": 15,
                                      "TOWNSHIP_REVIEW_AND_NOTICE": 20, "COUNTY_APPROVAL": 15}}
                """);
        assertThat(published.statusCode()).as(published.body()).isIn(201, 409);
    }

    @Test
    void anExitedHouseholdIsBroughtBackThroughTheFiveStepsAndIsPoorAgain() throws Exception {
        String householdId = UUID.randomUUID().toString();
        String exitId = UUID.randomUUID().toString();
        registeredAndExited(householdId, exitId);

        // step 1: the village applies
        HttpResponse<String> applied = http.post("/api/relapse-cases", VILLAGE_OFFICER, """
                {"householdId": "%s", "causes": ["ILLNESS", "SCHOOLING"], "netIncomePerHead": 2650.00,
                 "evidence": ["doc:hospital-bill-2026-0412"]}
                """.formatted(householdId));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        String caseId = json.readTree(applied.body()).get("caseId").asText();
        String cases = "/api/relapse-cases/" + caseId;

        // a village officer cannot take the township's step: 403 naming the step and who takes it
        HttpResponse<String> wrongLevel = http.post(cases + "/home-verification", VILLAGE_OFFICER, verification());
        assertThat(wrongLevel.statusCode()).isEqualTo(403);
        assertThat(wrongLevel.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode levelProblem = json.readTree(wrongLevel.body());
        assertThat(levelProblem.get("rule").asText()).isEqualTo("LEVEL");
        assertThat(levelProblem.get("expectedStep").asText()).isEqualTo("HOME_VERIFICATION");
        assertThat(levelProblem.get("expectedLevel").asText()).isEqualTo("TOWNSHIP");

        // step 2: home verification by the township
        assertNoContent(http.post(cases + "/home-verification", TOWNSHIP_OFFICER, verification()));

        // the county cannot approve before the village deliberated: 409 naming the step and who takes it
        HttpResponse<String> early = http.post(cases + "/approval", COUNTY_OFFICER, "{\"decision\": \"审定同意\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        JsonNode orderProblem = json.readTree(early.body());
        assertThat(orderProblem.get("code").asText()).isEqualTo("STEP_OUT_OF_ORDER");
        assertThat(orderProblem.get("expectedStep").asText()).isEqualTo("VILLAGE_DELIBERATION");
        assertThat(orderProblem.get("expectedLevel").asText()).isEqualTo("VILLAGE");

        // step 3: village deliberation
        assertNoContent(http.post(cases + "/village-deliberation", VILLAGE_OFFICER, """
                {"result": "村民代表会议评议通过",
                 "meeting": {"heldOn": "%s", "entitled": 31, "attendees": 27, "votesFor": 25, "votesAgainst": 2}}
                """.formatted(LocalDate.now(clock.withZone(java.time.ZoneOffset.ofHours(8))))));

        // step 4: township review opens the notice; an objection must be answered and the notice run its period
        assertNoContent(http.post(cases + "/township-review", TOWNSHIP_OFFICER, "{\"review\": \"审核通过\"}"));
        HttpResponse<String> objection = http.post(cases + "/objections", VILLAGE_OFFICER, "{\"text\": \"家中新建砖房\"}");
        assertThat(objection.statusCode()).as(objection.body()).isEqualTo(201);
        String objectionId = json.readTree(objection.body()).get("objectionId").asText();
        assertProblem(http.post(cases + "/notice-completion", TOWNSHIP_OFFICER, "{}"), 409, "NOTICE_NOT_OVER");
        clock.advance(Duration.ofDays(7));
        assertProblem(http.post(cases + "/notice-completion", TOWNSHIP_OFFICER, "{}"), 409, "OBJECTIONS_OPEN");
        assertNoContent(http.post(cases + "/objections/" + objectionId + "/answer", TOWNSHIP_OFFICER,
                "{\"upheld\": false, \"answer\": \"砖房为灾后重建补助所建\"}"));
        assertNoContent(http.post(cases + "/notice-completion", TOWNSHIP_OFFICER, "{}"));

        // step 5: county approval and announcement
        LocalDate poorAgainFrom = LocalDate.parse("2026-12-01");
        assertNoContent(http.post(cases + "/approval", COUNTY_OFFICER,
                "{\"poorAgainFrom\": \"%s\", \"decision\": \"县扶贫开发领导小组审定同意\"}".formatted(poorAgainFrom)));

        // the approval on the real broker, keyed by the household, with who and from when
        EventEnvelope approved = TopicRecords.firstOf("relapse.events", householdId, "io.jiandang.relapse.RelapseApproved");
        assertThat(approved.source()).isEqualTo("/jiandang/relapse");
        assertThat(approved.householdId()).isEqualTo(householdId);
        assertThat(approved.subject()).isEqualTo(caseId);
        assertThat(approved.divisionCode()).isEqualTo(VILLAGE);
        assertThat(approved.actor().id()).isEqualTo("county-officer");
        assertThat(approved.effectiveOn()).isEqualTo(poorAgainFrom);
        JsonNode body = json.readTree(approved.data());
        assertThat(body.get("poorAgainFrom").asText()).isEqualTo(poorAgainFrom.toString());
        assertThat(body.get("exitId").asText()).isEqualTo(exitId);
        assertThat(body.get("policyVersion").asInt()).isEqualTo(1);

        // the relapse service's query tells the household is poor again
        Awaitility.await("the read model to show the household poor again").atMost(Duration.ofSeconds(60))
                .until(() -> json.readTree(http.get("/api/households/" + householdId + "/relapse-status", COUNTY_OFFICER)
                        .body()).path("poorAgain").asBoolean());
        JsonNode status = json.readTree(http.get("/api/households/" + householdId + "/relapse-status", COUNTY_OFFICER).body());
        assertThat(status.get("poorAgainFrom").asText()).isEqualTo(poorAgainFrom.toString());
        assertThat(status.get("poorAgainCaseId").asText()).isEqualTo(caseId);
        assertThat(status.get("eligibleToApply").asBoolean()).isFalse();
        JsonNode view = json.readTree(http.get(cases, TOWNSHIP_OFFICER).body());
        assertThat(view.get("status").asText()).isEqualTo("APPROVED");
        assertThat(view.get("steps")).hasSize(6);

        // the posted notice names no personal data and no evidence
        String notice = http.get(cases + "/notice", VILLAGE_OFFICER).body();
        assertThat(notice).contains(householdId).contains("ILLNESS").doesNotContain("doc:").doesNotContain("2650");

        // another county's officer is refused the household and the case
        HttpResponse<String> refused = http.get("/api/households/" + householdId + "/relapse-status", OTHER_COUNTY_OFFICER);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("rule").asText()).isEqualTo("JURISDICTION");
        assertThat(http.get(cases, OTHER_COUNTY_OFFICER).statusCode()).isEqualTo(403);

        // poor again: no second relapse until a new exit
        assertProblem(http.post("/api/relapse-cases", VILLAGE_OFFICER, application(householdId)), 409,
                "HOUSEHOLD_ALREADY_POOR_AGAIN");
    }

    @Test
    void applicationsFiledAtOnceForOneHouseholdOpenOneCase() throws Exception {
        String householdId = UUID.randomUUID().toString();
        registeredAndExited(householdId, UUID.randomUUID().toString());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> http.post("/api/relapse-cases", VILLAGE_OFFICER, application(householdId)));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get().statusCode());
                bodies.add(answer.get().body());
            }
            assertThat(statuses).as(bodies.toString()).containsOnlyOnce(201).containsOnly(201, 409);
            assertThat(bodies.stream().filter(b -> b.contains("CASE_ALREADY_OPEN")).count()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHouseholdThatNeverExitedIsRefused() throws Exception {
        String householdId = UUID.randomUUID().toString();
        PublishedRecords.publishOnce("registration.events", registered(householdId));
        Awaitility.await("the read model to know the household").atMost(Duration.ofSeconds(60))
                .until(() -> http.get("/api/households/" + householdId + "/relapse-status", COUNTY_OFFICER).statusCode() == 200);

        assertProblem(http.post("/api/relapse-cases", VILLAGE_OFFICER, application(householdId)), 409, "HOUSEHOLD_NOT_EXITED");
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(http.uri("/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/relapse-cases/{caseId}/approval")
                .contains("/api/households/{householdId}/relapse-status").contains("/api/relapse-cases/overdue");
    }

    // ---- the test plays the registration and exit services ---------------------------------------------------

    private void registeredAndExited(String householdId, String exitId) throws Exception {
        PublishedRecords.publishOnce("registration.events", registered(householdId));
        HouseholdExitedEvent exited = new HouseholdExitedEvent(householdId, VILLAGE, exitId, 2016,
                LocalDate.parse("2016-12-20"), new BigDecimal("3410.50"), new BigDecimal("3146"), 1,
                LocalDate.parse("2018-12-19"), LocalDate.parse("2019-12-19"));
        PublishedRecords.publishOnce("exit.events", PublishedRecords.envelope("exit", "HouseholdExit", exitId, 0L,
                householdId, VILLAGE, COUNTY_OFFICER_STAMP, exited, exited.exitedOn()));
        Awaitility.await("the eligibility view to know the exit").atMost(Duration.ofSeconds(60))
                .until(() -> json.readTree(http.get("/api/households/" + householdId + "/relapse-status", COUNTY_OFFICER)
                        .body()).path("eligibleToApply").asBoolean());
    }

    /** HouseholdRegistered as the first event of the household the test knows (sequence 0 of its stream). */
    private static EventEnvelope registered(String householdId) {
        HouseholdRegisteredEvent registered = new HouseholdRegisteredEvent(householdId, VILLAGE, new BigDecimal("38.5"), 1, 4);
        return PublishedRecords.envelope("registration", "Household", householdId, 0L, householdId, VILLAGE,
                COUNTY_OFFICER_STAMP, registered, LocalDate.parse("2015-12-01"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String application(String householdId) {
        return """
                {"householdId": "%s", "causes": ["DISASTER"], "netIncomePerHead": 1800,
                 "evidence": ["doc:flood-damage-2026-07"]}
                """.formatted(householdId);
    }

    private static String verification() {
        return "{\"findings\": \"入户核验属实: 因病因学支出增加\", \"verifiedBy\": [\"核验组 韦某\", \"核验组 黄某\"]}";
    }

    private void assertNoContent(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo(code);
    }
}

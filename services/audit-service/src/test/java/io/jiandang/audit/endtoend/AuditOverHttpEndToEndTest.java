package io.jiandang.audit.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.http.ServiceHttp;
import io.jiandang.testing.kafka.PublishedRecords;
import io.jiandang.testing.security.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit service against a real broker: CloudEvents records published on {@code registration.events} and
 * {@code exit.events} (as the registration and exit services send them) reach the audit log and appear, in
 * order, in one household's timeline over HTTP; jurisdiction and role are enforced and every query is recorded.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditOverHttpEndToEndTest {

    private static final String VILLAGE = "451227101201";
    private static final Actor COUNTY_AUDITOR = new Actor("county-auditor", Role.AUDITOR, DivisionLevel.COUNTY, "451227");
    private static final Actor OTHER_COUNTY_AUDITOR = new Actor("other-auditor", Role.AUDITOR, DivisionLevel.COUNTY, "451221");
    private static final Actor VILLAGE_OFFICER = new Actor("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    private static final EventEnvelope.ActorStamp OFFICER = new EventEnvelope.ActorStamp("village-officer", "INFORMATION_OFFICER", "VILLAGE", VILLAGE);
    private static final EventEnvelope.ActorStamp COUNTY_OFFICER = new EventEnvelope.ActorStamp("county-officer", "INFORMATION_OFFICER", "COUNTY", "451227");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("audit").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    int port;
    private final ServiceHttp http = new ServiceHttp(() -> port);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eventsOfTwoServicesAppearInOneHouseholdsTimelineInOrder() throws Exception {
        String household = UUID.randomUUID().toString();
        String exitId = UUID.randomUUID().toString();
        PublishedRecords.publishOnce("registration.events", envelope("registration", "HouseholdSurveyed", household, household, 0,
                "2026-01-10T02:00:00Z", null, OFFICER, """
                {"householdId":"%s","divisionCode":"%s","members":[{"memberId":"1","nameCipher":"AQID.bmFtZQ","idNumberCipher":"AQID.aWQ",
                 "idFingerprint":"9f2c4b1e0d7a3c5f","relationToHead":"HEAD","birthYear":1950,"sex":"FEMALE"}],
                 "score":8.13,"policyVersion":2,"answers":{},"causes":["ILLNESS"],"areas":[]}""".formatted(household, VILLAGE)));
        PublishedRecords.publishOnce("registration.events", envelope("registration", "HouseholdRegistered", household, household, 1,
                "2026-03-01T02:00:00Z", "2026-03-01", COUNTY_OFFICER, """
                {"householdId":"%s","divisionCode":"%s","score":8.13,"policyVersion":2,"people":1}""".formatted(household, VILLAGE)));
        PublishedRecords.publishOnce("exit.events", envelope("exit", "HouseholdExited", household, exitId, 0,
                "2026-11-20T02:00:00Z", "2026-11-15", COUNTY_OFFICER, """
                {"householdId":"%s","divisionCode":"%s","exitId":"%s","exitYear":2026,"exitedOn":"2026-11-15",
                 "netIncomePerHead":4100.5,"incomeLine":3146,"criteriaVersion":1,"trackingEndsOn":"2028-11-14",
                 "observationEndsOn":"2029-11-14","evidence":"village assessment 2026-11"}""".formatted(household, VILLAGE, exitId)));

        String timelinePath = "/api/households/" + household + "/timeline";
        Awaitility.await("three facts in the household's timeline").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    HttpResponse<String> r = http.get(timelinePath, COUNTY_AUDITOR);
                    return r.statusCode() == 200 && json.readTree(r.body()).get("entries").size() == 3;
                });

        JsonNode entries = json.readTree(http.get(timelinePath, COUNTY_AUDITOR).body()).get("entries");
        assertThat(names(entries, "name")).containsExactly("HouseholdSurveyed", "HouseholdRegistered", "HouseholdExited");
        assertThat(names(entries, "kind")).containsExactly("registration", "registration", "exit");
        assertThat(entries.get(1).get("actor").get("id").asText()).isEqualTo("county-officer");
        assertThat(entries.get(1).get("actor").get("jurisdiction").asText()).isEqualTo("451227");
        assertThat(entries.get(1).get("ruleVersion").get("policyVersion").asInt()).isEqualTo(2);
        assertThat(entries.get(1).get("businessDate").asText()).isEqualTo("2026-03-01");
        assertThat(entries.get(2).get("ruleVersion").get("criteriaVersion").asInt()).isEqualTo(1);
        assertThat(entries.get(2).get("evidence").get(0).asText()).isEqualTo("village assessment 2026-11");
        assertThat(entries.get(2).get("recordedAt").asText()).isEqualTo("2026-11-20T02:00:00Z");
        assertThat(entries.get(0).toString()).doesNotContain("AQID.bmFtZQ").contains("(encrypted)");

        HttpResponse<String> onlyExits = http.get(timelinePath + "?kind=exit", COUNTY_AUDITOR);
        assertThat(names(json.readTree(onlyExits.body()).get("entries"), "name")).containsExactly("HouseholdExited");
        HttpResponse<String> spring = http.get(timelinePath + "?from=2026-02-01&to=2026-06-30", COUNTY_AUDITOR);
        assertThat(names(json.readTree(spring.body()).get("entries"), "name")).containsExactly("HouseholdRegistered");

        HttpResponse<String> verified = http.get("/api/households/" + household + "/verification", COUNTY_AUDITOR);
        assertThat(json.readTree(verified.body()).get("firstBreak").isNull()).isTrue();
        assertThat(json.readTree(verified.body()).get("checked").asInt()).isEqualTo(3);

        HttpResponse<String> otherCounty = http.get(timelinePath, OTHER_COUNTY_AUDITOR);
        assertThat(otherCounty.statusCode()).isEqualTo(403);
        assertThat(otherCounty.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json.readTree(otherCounty.body()).get("rule").asText()).isEqualTo("JURISDICTION");

        HttpResponse<String> officer = http.get(timelinePath, VILLAGE_OFFICER);
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(json.readTree(officer.body()).get("rule").asText()).isEqualTo("ROLE");

        HttpResponse<String> asOf = http.get("/api/households/" + household + "/as-of?date=2026-06-30&knownAt=2026-06-30", COUNTY_AUDITOR);
        assertThat(asOf.statusCode()).as(asOf.body()).isEqualTo(200);
        assertThat(json.readTree(asOf.body()).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(json.readTree(asOf.body()).get("people").asInt()).isEqualTo(1);
        HttpResponse<String> difference = http.get("/api/households/" + household
                + "/as-of/difference?date1=2026-06-30&knownAt1=2026-06-30&date2=2026-11-30&knownAt2=2026-11-30", COUNTY_AUDITOR);
        List<String> changed = new ArrayList<>();
        json.readTree(difference.body()).get("changes").forEach(c -> changed.add(c.get("field").asText()));
        assertThat(changed).contains("status", "exit");

        HttpResponse<byte[]> dossier = http.send(HttpRequest.newBuilder(http.uri("/api/archive/households/" + household + "/dossier"))
                .header("Authorization", "Bearer " + TestTokens.token(COUNTY_AUDITOR)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(dossier.body()).startsWith(new byte[]{'P', 'K'});

        HttpResponse<String> badDate = http.get("/api/households/" + household + "/as-of?date=30/06/2026", COUNTY_AUDITOR);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badDate.body()).get("errors").get(0).get("field").asText()).isEqualTo("date");

        JsonNode queries = json.readTree(http.get("/api/audit-queries?householdId=" + household, COUNTY_AUDITOR).body());
        List<String> seen = new ArrayList<>();
        queries.forEach(q -> seen.add(q.get("userId").asText() + " " + q.get("query").asText() + " " + q.get("outcome").asText()));
        assertThat(seen).contains("county-auditor TIMELINE ALLOWED", "other-auditor TIMELINE REFUSED",
                "village-officer TIMELINE REFUSED", "county-auditor VERIFY_HOUSEHOLD ALLOWED");
    }

    @Test
    void anArchiveOfficerSealsAPeriodAndTheWholeLogVerifies() throws Exception {
        Actor archiveOfficer = new Actor("archive-officer", Role.AUDITOR, DivisionLevel.REGION, "450000");
        String period = "test-" + UUID.randomUUID();

        HttpResponse<String> sealed = http.post("/api/seals", archiveOfficer, "{\"period\":\"" + period + "\"}");
        HttpResponse<String> verified = http.get("/api/log/verification", archiveOfficer);

        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(201);
        assertThat(json.readTree(sealed.body()).get("sealedBy").asText()).isEqualTo("archive-officer");
        assertThat(json.readTree(verified.body()).get("firstBreak").isNull()).isTrue();
        assertThat(json.readTree(verified.body()).get("sealsChecked").asInt()).isPositive();
    }

    @Test
    void aSupervisorMayReadButNotSeal() throws Exception {
        Actor supervisor = new Actor("supervisor", Role.SUPERVISOR, DivisionLevel.REGION, "450000");

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(http.uri("/api/seals"))
                .header("Authorization", "Bearer " + TestTokens.token(supervisor)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"2026-Q4\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("rule").asText()).isEqualTo("ROLE");
        assertThat(http.get("/api/seals", supervisor).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownFigureIsRefusedNamingIt() throws Exception {
        HttpResponse<String> response = http.get("/api/replay/figures/happiness?division=451227", COUNTY_AUDITOR);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("UNKNOWN_FIGURE");
    }

    @Test
    void theAuditPageAndTheOpenApiDocumentAreServed() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(http.uri("/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(http.uri("/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Jiandang audit");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("/api/households/{householdId}/timeline", "/api/households/{householdId}/as-of");
    }

    @Test
    void anUnknownHouseholdIsNotFoundAsAProblem() throws Exception {
        HttpResponse<String> response = http.get("/api/households/" + UUID.randomUUID() + "/timeline", COUNTY_AUDITOR);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("HOUSEHOLD_NOT_FOUND");
    }

    @Test
    void aRequestWithoutTokenIsUnauthenticated() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/log/verification")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    // ---- helpers

    private static List<String> names(JsonNode entries, String field) {
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.get(field).asText()));
        return names;
    }

    private static EventEnvelope envelope(String context, String name, String household, String subject, long sequence,
                                          String recordedAt, String effectiveOn, EventEnvelope.ActorStamp actor, String body) {
        return new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/" + context, "io.jiandang." + context + "." + name,
                subject, Instant.parse(recordedAt), sequence, "registration".equals(context) ? "Household" : "HouseholdExit",
                VILLAGE, actor, UUID.randomUUID().toString(), effectiveOn == null ? null : LocalDate.parse(effectiveOn),
                body.getBytes(StandardCharsets.UTF_8), household);
    }
}

package io.jiandang.registration.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.kafka.PublishedRecords;
import io.jiandang.testing.kafka.TopicRecords;
import io.jiandang.testing.http.ServiceHttp;
import io.jiandang.testing.security.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole pipeline of the registration service against real parts: HTTP with signed tokens → Axon aggregate →
 * PostgreSQL event store → Kafka ({@code registration.events}, CloudEvents headers) → MongoDB read model → HTTP.
 */
@WithInfrastructure
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationOverHttpEndToEndTest {

    private static final String COUNTY = "451227";
    private static final String VILLAGE = "451227101201";
    private static final Actor VILLAGE_OFFICER = new Actor("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    private static final Actor COUNTY_OFFICER = new Actor("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, COUNTY);
    private static final Actor OTHER_COUNTY_OFFICER = new Actor("other-county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451221");
    private static final Actor POLICY_ADMIN = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
    private static final AtomicInteger PERSON = new AtomicInteger(100);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("registration").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
        registry.add("jiandang.registration.personal-data.fingerprint-secret", () -> "end-to-end-test-secret-of-at-least-32-bytes");
    }

    @LocalServerPort
    int port;
    private final ServiceHttp http = new ServiceHttp(() -> port);
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void policyIsPublished() throws Exception {
        HttpResponse<String> published = http.post("/api/registration-policies", POLICY_ADMIN, """
                {"version": 1, "noticePeriodDays": 7,
                 "indicators": [
                   {"category": "income", "item": "income_per_head", "weight": 40},
                   {"category": "housing", "item": "housing_safety", "weight": 30},
                   {"category": "labour", "item": "labour_capacity", "weight": 30}],
                 "vetoRules": [
                   {"code": "PUBLIC_FUNDS_EMPLOYEE", "description": "财政供养人员", "blocks": "REGISTRATION_AND_KEEPING"},
                   {"code": "REGISTERED_COMPANY", "description": "注册公司", "blocks": "REGISTRATION_AND_KEEPING"}]}
                """);
        assertThat(published.statusCode()).as(published.body()).isIn(201, 409);
    }

    @Test
    void aSurveyedHouseholdTravelsThroughTheEventStoreAndKafkaToTheReadModel(CapturedOutput output) throws Exception {
        String idNumber = newIdNumber();
        HttpResponse<String> surveyed = http.post("/api/households", VILLAGE_OFFICER, survey(idNumber));
        assertThat(surveyed.statusCode()).as(surveyed.body()).isEqualTo(201);
        String householdId = json.readTree(surveyed.body()).get("householdId").asText();

        Awaitility.await("the read model to show the household").atMost(Duration.ofSeconds(60))
                .until(() -> http.get("/api/households/" + householdId, COUNTY_OFFICER).statusCode() == 200);
        JsonNode view = json.readTree(http.get("/api/households/" + householdId, COUNTY_OFFICER).body());
        assertThat(view.get("status").asText()).isEqualTo("SURVEYED");
        assertThat(view.get("villageCode").asText()).isEqualTo(VILLAGE);
        assertThat(view.toString()).doesNotContain(idNumber);

        EventEnvelope event = TopicRecords.firstOf("registration.events", householdId);
        assertThat(event.type()).isEqualTo("io.jiandang.registration.HouseholdSurveyed");
        assertThat(event.source()).isEqualTo("/jiandang/registration");
        assertThat(event.sequence()).isZero();
        assertThat(event.divisionCode()).isEqualTo(VILLAGE);
        assertThat(event.actor().id()).isEqualTo("village-officer");
        assertThat(new String(event.data())).doesNotContain(idNumber);

        assertThat(output.getAll()).doesNotContain(idNumber);
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopicAndTheHouseholdsBesideItAreStillShown() throws Exception {
        String key = "not-an-event-" + PERSON.incrementAndGet();
        try (PublishedRecords records = new PublishedRecords()) {
            records.publishRaw("registration.events", key, "{\"garbage\": true}".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> surveyed = http.post("/api/households", VILLAGE_OFFICER, survey(newIdNumber()));
        assertThat(surveyed.statusCode()).as(surveyed.body()).isEqualTo(201);
        String householdId = json.readTree(surveyed.body()).get("householdId").asText();

        Awaitility.await("the read model to show the household surveyed after the unreadable record")
                .atMost(Duration.ofSeconds(60))
                .until(() -> http.get("/api/households/" + householdId, COUNTY_OFFICER).statusCode() == 200);
        var dead = TopicRecords.rawRecordsOf("registration.events.dlq", key, "the unreadable record on the dead-letter topic",
                TopicRecords.PATIENCE, found -> !found.isEmpty()).get(0);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"garbage\": true}");
        assertThat(new String(dead.headers().lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo("registration.events");
    }

    @Test
    void anOfficerOfAnotherCountyIsRefusedTheHousehold() throws Exception {
        HttpResponse<String> surveyed = http.post("/api/households", VILLAGE_OFFICER, survey(newIdNumber()));
        String householdId = json.readTree(surveyed.body()).get("householdId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> http.get("/api/households/" + householdId, COUNTY_OFFICER).statusCode() == 200);

        HttpResponse<String> refused = http.get("/api/households/" + householdId, OTHER_COUNTY_OFFICER);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json.readTree(refused.body()).get("rule").asText()).isEqualTo("JURISDICTION");
    }

    @Test
    void anInvalidIdNumberIsRefusedNamingTheField(CapturedOutput output) throws Exception {
        String wrongCheckDigit = "451227196003050016";

        HttpResponse<String> refused = http.post("/api/households", VILLAGE_OFFICER, survey(wrongCheckDigit));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(refused.body()).contains("members[0].idNumber").doesNotContain(wrongCheckDigit);
        assertThat(output.getAll()).doesNotContain(wrongCheckDigit);
    }

    @Test
    void theSamePersonCannotBeSurveyedIntoTwoHouseholds() throws Exception {
        String idNumber = newIdNumber();
        assertThat(http.post("/api/households", VILLAGE_OFFICER, survey(idNumber)).statusCode()).isEqualTo(201);

        HttpResponse<String> second = http.post("/api/households", VILLAGE_OFFICER, survey(idNumber));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("PERSON_ALREADY_REGISTERED").doesNotContain(idNumber);
    }

    @Test
    void aRequestWithoutTokenIsUnauthenticated() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/villages/" + VILLAGE + "/households")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    // ---- helpers

    private static String survey(String headIdNumber) {
        return """
                {"villageCode": "%s",
                 "members": [{"name": "韦某", "idNumber": "%s", "relationToHead": "HEAD"}],
                 "answers": {"income_per_head": 0.2, "housing_safety": 0.3, "labour_capacity": 0.5},
                 "causes": ["ILLNESS"], "areas": ["ROCKY_MOUNTAIN"]}
                """.formatted(VILLAGE, headIdNumber);
    }

    /** A fresh, valid GB 11643 number in the county (fictitious persons, one per call). */
    private static String newIdNumber() {
        String body = COUNTY + "19700101" + String.format("%03d", PERSON.incrementAndGet() % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

}

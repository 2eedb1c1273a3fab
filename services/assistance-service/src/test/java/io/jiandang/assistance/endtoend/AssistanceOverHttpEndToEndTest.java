package io.jiandang.assistance.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.kafka.TopicRecords;
import io.jiandang.testing.kafka.PublishedRecords;
import io.jiandang.testing.http.ServiceHttp;
import io.jiandang.testing.security.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistance service against real parts: the test plays the registration service by publishing a surveyed
 * and registered household to {@code registration.events} (CloudEvents envelopes), then over HTTP with signed
 * tokens a cadre is registered and paired, twelve months of income are written and signed by both sides (one
 * corrected), and the yearly per-capita net income is right, on HTTP and on {@code assistance.events}; the
 * previous year's card is then recorded at once and comes to the same figure.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssistanceOverHttpEndToEndTest {

    private static final String COUNTY = "451227";
    private static final String VILLAGE = "451227101201";
    private static final String PHONE = "13877001234";
    private static final Actor COUNTY_OFFICER = new Actor("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, COUNTY);
    private static final Actor POLICY_ADMIN = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
    private static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, DivisionLevel.REGION, "450000");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("assistance").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    int port;
    private final ServiceHttp http = new ServiceHttp(() -> port);
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aPairedHouseholdsTwelveSignedMonthsGiveItsYearlyIncomeOnHttpAndOnKafka() throws Exception {
        HttpResponse<String> policy = http.post("/api/assistance-policies", POLICY_ADMIN, """
                {"version": 1, "effectiveFrom": "2025-01-01", "householdsPerCadre": 5,
                 "thresholds": {"extremeBelow": 30, "specialBelow": 45, "mediumBelow": 60},
                 "standardPerHousehold": {"GENERAL": 3000, "MEDIUM": 5000, "SPECIAL": 8000, "EXTREME": 12000}}
                """);
        assertThat(policy.statusCode()).as(policy.body()).isIn(201, 409);

        String cadreId = "cadre-" + UUID.randomUUID().toString().substring(0, 8);
        Actor cadre = new Actor(cadreId, Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, VILLAGE);
        HttpResponse<String> registered = http.post("/api/cadres", COUNTY_OFFICER, """
                {"cadreId": "%s", "divisionCode": "%s", "name": "韦建国", "unit": "巴马瑶族自治县农业局",
                 "kind": "CIVIL_SERVANT", "contact": "%s"}
                """.formatted(cadreId, COUNTY, PHONE));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        // the test plays the registration service
        String householdId = UUID.randomUUID().toString();
        publishRegistration(householdId);
        Awaitility.await("the household registered and classed from registration.events").atMost(Duration.ofSeconds(90))
                .until(() -> {
                    HttpResponse<String> summary = http.get("/api/households/" + householdId + "/assistance", COUNTY_OFFICER);
                    return summary.statusCode() == 200 && json.readTree(summary.body()).path("povertyClass").has("povertyClass");
                });
        JsonNode summary = json.readTree(http.get("/api/households/" + householdId + "/assistance", COUNTY_OFFICER).body());
        assertThat(summary.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(summary.get("members").asInt()).isEqualTo(4);
        assertThat(summary.at("/povertyClass/povertyClass").asText()).isEqualTo("SPECIAL");
        assertThat(http.get("/api/households/unpaired?division=" + VILLAGE, COUNTY_OFFICER).body()).contains(householdId);

        HttpResponse<String> paired = http.post("/api/households/" + householdId + "/pairings", COUNTY_OFFICER,
                "{\"cadreId\": \"%s\", \"reason\": \"县农业局定点帮扶\", \"pairedOn\": \"2025-01-02\"}".formatted(cadreId));
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(204);
        assertThat(http.get("/api/households/unpaired?division=" + VILLAGE, COUNTY_OFFICER).body()).doesNotContain(householdId);

        // a cadre who is not paired with the household cannot sign for it
        Actor stranger = new Actor("stranger", Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, VILLAGE);
        String firstEntry = entry(householdId, cadre, "2025-01", "1000.00", null);
        HttpResponse<String> refused = http.post("/api/households/" + householdId + "/income/entries/" + firstEntry + "/signatures",
                stranger, "{\"signatory\": \"CADRE\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        // one signature does not count
        sign(householdId, firstEntry, cadre, "{\"signatory\": \"CADRE\"}");
        assertThat(yearly(householdId).get("monthsCounted").asInt()).isZero();
        sign(householdId, firstEntry, cadre, householdSignature("2025-01"));
        assertThat(yearly(householdId).get("monthsCounted").asInt()).isEqualTo(1);

        for (int month = 2; month <= 12; month++) {
            String ym = "2025-%02d".formatted(month);
            // June is first written wrong, then corrected by a new entry that supersedes it
            String wages = month == 6 ? "100.00" : "1000.00";
            String entryId = entry(householdId, cadre, ym, wages, null);
            sign(householdId, entryId, cadre, "{\"signatory\": \"CADRE\"}");
            sign(householdId, entryId, cadre, householdSignature(ym));
            if (month == 6) {
                String correction = entry(householdId, cadre, ym, "1000.00", entryId);
                sign(householdId, correction, cadre, "{\"signatory\": \"CADRE\"}");
                sign(householdId, correction, cadre, householdSignature(ym));
            }
        }

        // 12 × (1000 wages + 300 production − 100 costs) = 14,400 yuan for 4 members
        JsonNode yearly = yearly(householdId);
        assertThat(yearly.get("monthsCounted").asInt()).isEqualTo(12);
        assertThat(yearly.get("netIncome").decimalValue()).isEqualByComparingTo("14400.00");
        assertThat(yearly.get("netIncomePerHead").decimalValue()).isEqualByComparingTo("3600.00");

        List<EventEnvelope> events = assistanceEventsOf(householdId, 3600);
        List<String> types = events.stream().map(e -> EventTypes.nameOf(e.type())).toList();
        assertThat(types).contains("PovertyClassChanged", "HouseholdPaired", "IncomeEntryRecorded", "IncomeEntrySigned");
        assertThat(types.stream().filter("IncomeEntryCounted"::equals).count()).isEqualTo(13);
        EventEnvelope last = events.stream().filter(e -> e.type().endsWith(".YearlyNetIncomePerHeadChanged"))
                .reduce((a, b) -> b).orElseThrow();
        JsonNode lastBody = json.readTree(last.data());
        assertThat(lastBody.get("netIncomePerHead").decimalValue()).isEqualByComparingTo("3600.00");
        assertThat(lastBody.get("divisionCode").asText()).isEqualTo(VILLAGE);
        assertThat(last.source()).isEqualTo("/jiandang/assistance");
        assertThat(last.householdId()).isEqualTo(householdId);
        assertThat(events).allSatisfy(e -> assertThat(new String(e.data())).doesNotContain(PHONE));

        // the previous year's card (一户一卡) at once: the same yearly figure as twelve entries signed one by one
        StringBuilder card = new StringBuilder("{\"months\": [");
        for (int month = 1; month <= 12; month++) {
            card.append(month == 1 ? "" : ",").append("""
                    {"month": "2024-%02d", "amounts": {"WAGES": 1000.00, "PRODUCTION": 300.00}, "productionCosts": 100.00,
                     "evidenceReference": "scan:%s/2024-%02d/p1"}""".formatted(month, VILLAGE, month));
        }
        String wholeYear = card.append("]}").toString();
        HttpResponse<String> recorded = http.post("/api/households/" + householdId + "/income/cards/2024", cadre, wholeYear);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json.readTree(recorded.body()).get("entryIds")).hasSize(12);
        JsonNode year2024 = json.readTree(http.get("/api/households/" + householdId + "/income/2024", COUNTY_OFFICER).body())
                .get("yearly");
        assertThat(year2024.get("monthsCounted").asInt()).isEqualTo(12);
        assertThat(year2024.get("netIncomePerHead").decimalValue()).isEqualByComparingTo("3600.00");
        HttpResponse<String> again = http.post("/api/households/" + householdId + "/income/cards/2024", cadre, wholeYear);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("code").asText()).isEqualTo("MONTH_ALREADY_HAS_ENTRY");
        assertThat(json.readTree(again.body()).at("/errors/0/field").asText()).isEqualTo("months[0].month");

        // the handbook prints in Chinese; an auditor reads the summary without the cadre's phone
        HttpResponse<String> measure = http.post("/api/households/" + householdId + "/handbooks/2025/measures", cadre,
                "{\"measure\": \"INDUSTRY\", \"detail\": \"养殖山羊20只\", \"chosenOn\": \"2025-03-10\"}");
        assertThat(measure.statusCode()).as(measure.body()).isEqualTo(204);
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(http.uri("/api/households/" + householdId + "/handbooks/2025/pdf?copy=CADRE"))
                .header("Authorization", "Bearer " + TestTokens.token(COUNTY_OFFICER)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("帮扶干部留存", "养殖山羊20只", "韦建国", "3600.00");
        }
        assertThat(http.get("/api/households/" + householdId + "/assistance", AUDITOR).body()).contains("韦建国").doesNotContain(PHONE);
    }

    private String householdSignature(String month) {
        return "{\"signatory\": \"HOUSEHOLD_HEAD\", \"evidenceReference\": \"scan:%s/%s/p1\"}".formatted(VILLAGE, month);
    }

    private String entry(String householdId, Actor cadre, String month, String wages, String supersedes) throws Exception {
        HttpResponse<String> written = http.post("/api/households/" + householdId + "/income/entries", cadre, """
                {"month": "%s", "amounts": {"WAGES": %s, "PRODUCTION": 300.00}, "productionCosts": 100.00,
                 "supersedesEntryId": %s}
                """.formatted(month, wages, supersedes == null ? "null" : "\"" + supersedes + "\""));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        return json.readTree(written.body()).get("entryId").asText();
    }

    private void sign(String householdId, String entryId, Actor actor, String body) throws Exception {
        HttpResponse<String> signed = http.post("/api/households/" + householdId + "/income/entries/" + entryId + "/signatures",
                actor, body);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
    }

    private JsonNode yearly(String householdId) throws Exception {
        HttpResponse<String> sheet = http.get("/api/households/" + householdId + "/income/2025", COUNTY_OFFICER);
        assertThat(sheet.statusCode()).as(sheet.body()).isEqualTo(200);
        return json.readTree(sheet.body()).get("yearly");
    }

    private void publishRegistration(String householdId) throws Exception {
        ProtectedMember head = new ProtectedMember("1", "cipher", "cipher", "fp-" + householdId, RelationToHead.HEAD, 1970, Sex.MALE);
        HouseholdSurveyedEvent surveyed = new HouseholdSurveyedEvent(householdId, VILLAGE, List.of(head),
                new BigDecimal("41.50"), 1, Map.of("income_per_head", new BigDecimal("0.2")),
                Set.of(PovertyCause.ILLNESS), Set.of(PovertyArea.ROCKY_MOUNTAIN));
        HouseholdRegisteredEvent registered = new HouseholdRegisteredEvent(householdId, VILLAGE, new BigDecimal("41.50"), 1, 4);
        try (PublishedRecords records = new PublishedRecords()) {
            var registration = records.stream("registration", "Household", householdId, householdId, VILLAGE,
                    new EventEnvelope.ActorStamp("county-officer", "INFORMATION_OFFICER", "COUNTY", COUNTY));
            registration.publish(surveyed, LocalDate.parse("2025-01-01"));
            registration.publish(registered, LocalDate.parse("2025-01-01"));
        }
    }

    /** The household's records on assistance.events, once the yearly figure has reached {@code perHead}. */
    private List<EventEnvelope> assistanceEventsOf(String householdId, int perHead) {
        return TopicRecords.recordsOf("assistance.events", householdId,
                "the household's yearly income on assistance.events", Duration.ofSeconds(90),
                found -> found.stream().anyMatch(e -> e.type().endsWith(".YearlyNetIncomePerHeadChanged")
                        && new String(e.data()).contains("\"monthsCounted\":12")));
    }
}

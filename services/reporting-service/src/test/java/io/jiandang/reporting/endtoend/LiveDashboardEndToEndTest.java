package io.jiandang.reporting.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.reporting.register.application.RegisterEvents;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.kafka.PublishedRecords;
import io.jiandang.testing.security.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live dashboard against real parts: the test plays the registration service, publishing CloudEvents records on
 * the real broker; the service projects them into MongoDB and pushes new figures to SSE subscribers, each only for
 * the division its jurisdiction allowed.
 */
class LiveDashboardEndToEndTest extends ReportingEndToEndBase {

    static final String HECHI = "451200";
    static final String NANNING = "450100";
    static final String BAMA_VILLAGE = "451227101201";
    static final Actor HECHI_SUPERVISOR = new Actor("hechi-supervisor", Role.SUPERVISOR, DivisionLevel.CITY, HECHI);
    static final Actor NANNING_SUPERVISOR = new Actor("nanning-supervisor", Role.SUPERVISOR, DivisionLevel.CITY, NANNING);

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<CompletableFuture<?>> streams = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeStreams() {
        streams.forEach(s -> s.cancel(true));
    }

    @Test
    void eventsOnTheBrokerMoveTheFiguresOfSubscribersWhoseJurisdictionTheyAreInAndOfNoOneElse() throws Exception {
        List<JsonNode> hechi = subscribe(HECHI_SUPERVISOR, HECHI);
        List<JsonNode> nanning = subscribe(NANNING_SUPERVISOR, NANNING);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !hechi.isEmpty() && !nanning.isEmpty());
        int before = poorHouseholds(hechi.get(hechi.size() - 1));

        publishRegisteredHouseholds(6, BAMA_VILLAGE);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> poorHouseholds(hechi.get(hechi.size() - 1)) >= before + 6);
        JsonNode latest = hechi.get(hechi.size() - 1);
        assertThat(latest.path("division").path("code").asText()).isEqualTo(HECHI);
        assertThat(latest.path("children").findValuesAsText("code")).contains("451227");

        assertThat(nanning).allSatisfy(view -> {
            assertThat(view.path("division").path("code").asText()).isEqualTo(NANNING);
            assertThat(view.path("children").findValuesAsText("code")).allMatch(code -> code.startsWith("4501"));
            assertThat(view.path("division").path("poorHouseholds").asInt(0)).isZero();
        });
    }

    @Test
    void aSupervisorCannotSubscribeToAnotherCitysFigures() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/api/live/figures?division=" + HECHI))
                .header("Authorization", TestTokens.bearer(NANNING_SUPERVISOR)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("JURISDICTION");
        HttpResponse<String> statistics = http.send(HttpRequest.newBuilder(uri("/api/statistics?division=" + HECHI))
                .header("Authorization", TestTokens.bearer(NANNING_SUPERVISOR)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(statistics.statusCode()).isEqualTo(403);
    }

    @Test
    void badQuestionsAnswerProblemsNamingTheFieldAndRule() throws Exception {
        HttpResponse<String> badPeriod = get("/api/statistics?division=" + HECHI + "&period=2016-Q5", HECHI_SUPERVISOR);
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(badPeriod.body()).contains("2016-Q5");
        HttpResponse<String> unknown = get("/api/statistics?division=451299", HECHI_SUPERVISOR);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"rule\":\"known-division\"");
        HttpResponse<String> missing = get("/api/statistics", HECHI_SUPERVISOR);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"division\"");
        Actor regionOfficer = new Actor("region-officer", Role.INFORMATION_OFFICER, DivisionLevel.REGION, "450000");
        HttpResponse<String> wrongKind = post("/api/update-cycles", regionOfficer, """
                {"kind":"HALF_YEARLY","period":"2016-Q3","deadlines":{"VILLAGE":"2016-09-10","TOWNSHIP":"2016-09-20","COUNTY":"2016-09-30"}}""");
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        assertThat(wrongKind.body()).contains("\"rule\":\"period-fits-kind\"");
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/statistics?division=" + HECHI)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aClosedCyclesSnapshotRebuiltFromKafkaHasTheSameHashAndUpdatesCountTowardCompleteness() throws Exception {
        String period = io.jiandang.reporting.register.domain.Period.quarterOf(LocalDate.now(ZoneId.of("Asia/Shanghai"))).name();
        Actor regionOfficer = new Actor("region-officer", Role.INFORMATION_OFFICER, DivisionLevel.REGION, "450000");
        LocalDate start = io.jiandang.reporting.register.domain.Period.parse(period).start();
        HttpResponse<String> opened = post("/api/update-cycles", regionOfficer, """
                {"kind":"QUARTERLY","period":"%s","deadlines":{"VILLAGE":"%s","TOWNSHIP":"%s","COUNTY":"%s"}}"""
                .formatted(period, start.plusDays(60), start.plusDays(70), start.plusDays(80)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        HttpResponse<String> bySupervisor = post("/api/update-cycles", HECHI_SUPERVISOR, "{\"kind\":\"QUARTERLY\",\"period\":\"2016-Q1\",\"deadlines\":{\"VILLAGE\":\"2016-03-01\",\"TOWNSHIP\":\"2016-03-02\",\"COUNTY\":\"2016-03-03\"}}");
        assertThat(bySupervisor.statusCode()).isEqualTo(403);

        String reviewed = publishRegisteredHouseholds(5, BAMA_VILLAGE).get(0);
        publish(RegisterEvents.updated(reviewed, BAMA_VILLAGE, 2, period, Instant.now(), LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode rows = json.readTree(get("/api/update-cycles/" + period + "/completeness?division=451227101201", HECHI_SUPERVISOR).body());
            return rows.get(0).path("reviewed").asInt() == 1;
        });

        HttpResponse<String> completenessCsv = get("/api/tables/completeness.csv?division=451227101000&cycle=" + period, HECHI_SUPERVISOR);
        assertThat(completenessCsv.body()).contains("registeredHouseholds,reviewed,notReviewed").contains("451227101201");

        JsonNode closed = json.readTree(post("/api/update-cycles/" + period + "/close", regionOfficer, "").body());
        assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
        String hash = closed.path("snapshot").path("hash").asText();
        assertThat(hash).hasSize(64);
        assertThat(closed.path("snapshot").path("canonicalFigures").asText()).contains("451227101201");

        publishRegisteredHouseholds(2, BAMA_VILLAGE);   // after the close: must not change the frozen figures
        JsonNode check = json.readTree(post("/api/update-cycles/" + period + "/snapshot/verification", HECHI_SUPERVISOR, "").body());
        assertThat(check.path("rebuiltHash").asText()).isEqualTo(hash);
        assertThat(check.path("identical").asBoolean()).isTrue();
        assertThat(post("/api/update-cycles/" + period + "/close", regionOfficer, "").statusCode()).isEqualTo(409);
    }

    @Test
    void aRebuildFromTheTopicsSwitchesToANewVersionWithTheSameFiguresAndTablesExportAsCsvAndXlsx() throws Exception {
        String village = io.jiandang.divisions.DivisionCatalogue.guangxi().children("451227101000").get(1).code();
        Actor regionOfficer = new Actor("region-officer", Role.INFORMATION_OFFICER, DivisionLevel.REGION, "450000");
        List<String> households = publishRegisteredHouseholds(6, village);
        // the assistance and exit services' records, on their own topics
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (String household : households) {
            publishTo("assistance.events", RegisterEvents.event("assistance", "HouseholdPaired", "pairing:" + household, 0, household, village, now,
                    today, """
                    {"householdId":"%s","divisionCode":"%s","cadreId":"cadre-1","reason":"r","pairedOn":"%s","policyVersion":1}"""
                    .formatted(household, village, today)));
        }
        publishTo("exit.events", RegisterEvents.event("exit", "ExitPlanAllocated", "plan-e2e", 0, null, "450000", now, today, """
                {"planId":"plan-e2e","divisionCode":"450000","year":%d,"regionalTarget":30,"policyVersion":1,
                 "allocations":[{"countyCode":"451227","indicators":{},"factor":1,"target":30}]}""".formatted(today.getYear())));
        // generous: in a full CI run the consumer group may be rebalancing after the snapshot replay of another test
        Awaitility.await().atMost(Duration.ofSeconds(180)).until(() -> {
            JsonNode view = json.readTree(get("/api/statistics?division=" + village, HECHI_SUPERVISOR).body());
            return poorHouseholds(view) == 6 && view.path("pairedHouseholds").asInt() == 6;
        });
        JsonNode before = json.readTree(get("/api/statistics?division=" + village, HECHI_SUPERVISOR).body()).path("division");
        JsonNode county = json.readTree(get("/api/statistics?division=451227", HECHI_SUPERVISOR).body());
        assertThat(county.path("exitPlan").path("target").asInt()).isEqualTo(30);
        assertThat(county.path("notes").has("exitPlanProgress")).isFalse();

        assertThat(post("/api/read-models/register/rebuild", HECHI_SUPERVISOR, "").statusCode()).isEqualTo(403);
        HttpResponse<String> started = post("/api/read-models/register/rebuild", regionOfficer, "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        int version = json.readTree(started.body()).path("version").asInt();
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() ->
                json.readTree(get("/api/read-models/register/rebuild", regionOfficer).body()).path("state").asText().equals("DONE"));
        JsonNode progress = json.readTree(get("/api/read-models/register/rebuild", regionOfficer).body());
        assertThat(progress.path("processed").asLong()).isPositive().isEqualTo(progress.path("total").asLong());

        JsonNode after = json.readTree(get("/api/statistics?division=" + village, HECHI_SUPERVISOR).body()).path("division");
        assertThat(after).isEqualTo(before);
        JsonNode rebuilt = json.readTree(get("/api/statistics?division=" + village, HECHI_SUPERVISOR).body());
        assertThat(rebuilt.path("pairedHouseholds").asInt()).isEqualTo(6);
        assertThat(rebuilt.path("pairingCoverage").decimalValue()).isEqualByComparingTo("1");
        assertThat(json.readTree(get("/api/statistics?division=451227", HECHI_SUPERVISOR).body())
                .path("exitPlan").path("target").asInt()).isEqualTo(30);
        assertThat(version).isGreaterThan(1);

        HttpResponse<String> csv = get("/api/tables/divisions.csv?division=451227101000", HECHI_SUPERVISOR);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(village).contains("poorHouseholds");
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(uri("/api/tables/causes.xlsx?division=" + village))
                .header("Authorization", TestTokens.bearer(HECHI_SUPERVISOR)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith(new byte[] {'P', 'K'});
    }

    private HttpResponse<String> post(String path, Actor actor, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestTokens.bearer(actor))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Actor actor) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestTokens.bearer(actor)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonNode> subscribe(Actor actor, String division) {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(uri("/api/live/figures?division=" + division))
                .header("Authorization", TestTokens.bearer(actor)).header("Accept", "text/event-stream").GET().build();
        streams.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            response.body().filter(line -> line.startsWith("data:")).forEach(line -> {
                try {
                    received.add(json.readTree(line.substring(5)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }));
        return received;
    }

    static int poorHouseholds(JsonNode view) {
        JsonNode value = view.path("division").path("poorHouseholds");
        return value.isNull() || value.isMissingNode() ? 0 : value.asInt();
    }

    static List<String> publishRegisteredHouseholds(int count, String village) throws Exception {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<String> ids = new java.util.ArrayList<>();
        List<EventEnvelope> events = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String household = UUID.randomUUID().toString();
            ids.add(household);
            events.add(RegisterEvents.surveyed(household, village, 4, now, today, "ILLNESS"));
            events.add(RegisterEvents.registered(household, village, 3, 1, now, today));
        }
        publish(events.toArray(EventEnvelope[]::new));
        return ids;
    }

    static void publish(EventEnvelope... events) throws Exception {
        publishTo("registration.events", events);
    }

    static void publishTo(String topic, EventEnvelope... events) throws Exception {
        try (PublishedRecords records = new PublishedRecords()) {
            for (EventEnvelope e : events) {
                records.publish(topic, e);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}

package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit demo against a stand-in of the exit service and the token issuer: which calls it makes, as which demo
 * client, and that a household the service refuses is reported rather than stopping the demo.
 */
class ExitDemoThroughTheApiTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // see FakeRegistrationService
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-01T02:00:00Z"), ZoneOffset.UTC);
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger exits = new AtomicInteger();
    private HttpServer server;
    private ExitDemo demo;

    @BeforeEach
    void fakeExitService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        JsonHttp http = new JsonHttp(HttpClient.newHttpClient(), mapper, Duration.ofSeconds(5), d -> { }, CLOCK);
        demo = new ExitDemo(http, new Tokens(http, uri, "demo", CLOCK), uri, ExitDemo.Clients.standard());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/oauth2/token")) {
            String basic = exchange.getRequestHeaders().getFirst("Authorization").substring("Basic ".length());
            String client = new String(java.util.Base64.getDecoder().decode(basic), StandardCharsets.UTF_8).split(":")[0];
            respond(exchange, 200, "{\"access_token\":\"t-" + client + "\",\"expires_in\":3600}", "application/json");
            return;
        }
        String client = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer t-".length());
        calls.add(exchange.getRequestMethod() + " " + path + " " + client);
        if (!body.isEmpty()) {
            bodies.add(mapper.readTree(body));
        }
        if (path.equals("/api/household-exits") && body.contains("\"low-income\"")) {
            respond(exchange, 409, "{\"code\":\"EXIT_CRITERIA_NOT_MET\",\"failedCriteria\":[{\"code\":\"INCOME_ABOVE_LINE\"}]}",
                    "application/problem+json");
        } else if (path.equals("/api/household-exits")) {
            respond(exchange, 201, "{\"id\":\"exit-" + exits.incrementAndGet() + "\"}", "application/json");
        } else if (path.equals("/api/village-exits")) {
            respond(exchange, 201, "{\"id\":\"village-exit-451227101201-2016\"}", "application/json");
        } else if (exchange.getRequestMethod().equals("GET")) {
            respond(exchange, 200, "{\"status\":\"EXITED\"}", "application/json");
        } else {
            respond(exchange, 204, null, null);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body, String type) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void eachHouseholdIsAssessedSignedByTheThreeAndPutOnNoticeAndARefusalIsReported() {
        List<ExitDemo.OnNotice> onNotice = demo.takeToNotice(List.of("h-1", "low-income"), 2016);

        assertThat(onNotice).containsExactly(new ExitDemo.OnNotice("h-1", "exit-1", null),
                new ExitDemo.OnNotice("low-income", null, "EXIT_CRITERIA_NOT_MET"));
        assertThat(calls).containsExactly(
                "POST /api/household-exits township-officer",
                "POST /api/household-exits/exit-1/signatures township-officer",
                "POST /api/household-exits/exit-1/signatures township-officer",
                "POST /api/household-exits/exit-1/signatures cadre",
                "POST /api/household-exits/exit-1/notice township-officer",
                "POST /api/household-exits township-officer");
        assertThat(bodies.get(0).get("guarantees")).hasSize(8);
        assertThat(bodies.get(1).get("signatory").asText()).isEqualTo("HOUSEHOLD_HEAD");
        assertThat(bodies.get(1).get("evidenceReference").asText()).isNotBlank();
    }

    @Test
    void cancellationRechecksEveryVetoOfTheDemoPolicyAsTheCountyOfficer() {
        demo.cancel(List.of(new ExitDemo.OnNotice("h-1", "exit-1", null), new ExitDemo.OnNotice("x", null, "REFUSED")),
                LocalDate.parse("2016-12-20"), ExitDemo.vetoCodes());

        assertThat(calls).containsExactly("POST /api/household-exits/exit-1/cancellation county-officer",
                "GET /api/household-exits/exit-1 county-officer");
        assertThat(bodies.get(0).get("vetoChecks")).hasSize(ExitDemo.vetoCodes().size());
        assertThat(bodies.get(0).get("exitedOn").asText()).isEqualTo("2016-12-20");
    }

    @Test
    void thePolicyIsPublishedByThePolicyAdministratorWithTheNationalLineOf2016() {
        demo.publishPolicy();

        assertThat(calls).containsExactly("POST /api/exit-policies policy-admin");
        assertThat(bodies.get(0).get("incomeLines").get("2016").asInt()).isEqualTo(3146);
        assertThat(bodies.get(0).get("villageCriteria")).hasSize(11);
        assertThat(bodies.get(0).get("countyCriteria")).hasSize(9);
    }

    @Test
    void aVillageExitIsAssessedByTheCountyOfficerWithElevenFindings() {
        String id = demo.villageExit("451227101201", 2016);

        assertThat(id).isEqualTo("village-exit-451227101201-2016");
        assertThat(calls).containsExactly("POST /api/village-exits county-officer");
        assertThat(bodies.get(0).get("criteria")).hasSize(11);
    }
}

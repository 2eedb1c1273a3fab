package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistance demo through a stand-in of the assistance service and the token issuer: who makes which call,
 * pairings within the limit, and twelve months signed by the cadre and by the household for the signing cadre.
 */
class AssistanceDemoThroughTheApiTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> clients = new ConcurrentHashMap<>();
    private HttpServer server;
    private List<String> unpaired = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        for (int i = 0; i < 8; i++) {
            unpaired.add("h-" + i);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/oauth2/token")) {
            String basic = exchange.getRequestHeaders().getFirst("Authorization").substring("Basic ".length());
            String client = new String(java.util.Base64.getDecoder().decode(basic), StandardCharsets.UTF_8).split(":")[0];
            clients.put("token-" + client, client);
            send(exchange, 200, Map.of("access_token", "token-" + client, "expires_in", 300));
            return;
        }
        String client = clients.get(exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length()));
        calls.add(client + " " + exchange.getRequestMethod() + " " + path + " " + body);
        if (path.equals("/api/households/unpaired")) {
            List<Map<String, String>> answer = unpaired.stream().map(id -> Map.of("householdId", id)).toList();
            send(exchange, 200, answer);
        } else if (path.endsWith("/pairings")) {
            unpaired.remove(path.split("/")[3]);
            send(exchange, 204, null);
        } else if (path.matches("/api/households/[^/]+/income/cards/\\d{4}")) {
            if (path.contains("/h-begun/")) {
                problem(exchange, 409, "MONTH_ALREADY_HAS_ENTRY");
                return;
            }
            List<String> entryIds = new ArrayList<>();
            mapper.readTree(body).get("months").forEach(month -> entryIds.add(month.get("month").asText() + ".1"));
            send(exchange, 201, Map.of("entryIds", entryIds));
        } else if (path.endsWith("/income/entries")) {
            JsonNode entry = mapper.readTree(body);
            if (path.contains("/h-begun/") && entry.get("month").asText().endsWith("-01")) {
                problem(exchange, 409, "MONTH_ALREADY_HAS_ENTRY");
                return;
            }
            send(exchange, 201, Map.of("entryId", entry.get("month").asText() + ".1"));
        } else if (path.matches("/api/households/[^/]+/income/\\d{4}")) {
            send(exchange, 200, Map.of("yearly", Map.of("netIncomePerHead", "4000.00")));
        } else {
            send(exchange, path.endsWith("/records") || path.equals("/api/cadres") || path.equals("/api/assistance-policies")
                    ? 201 : 204, path.endsWith("/records") ? Map.of("recordId", "1") : null);
        }
    }

    private void problem(HttpExchange exchange, int status, String code) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(Map.of("status", status, "code", code));
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body == null ? -1 : bytes.length);
        if (body != null) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Test
    void theSigningCadresHouseholdsGetAYearSignedByBothSidesAndTheOthersAPairing() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        JsonHttp http = new JsonHttp(java.net.http.HttpClient.newHttpClient(), mapper, Duration.ofSeconds(5),
                d -> { }, Clock.systemUTC());
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        AssistanceDemo.Report report = new AssistanceDemo(new AssistanceApi(http, new Tokens(http, base, "demo", clock), base), clock)
                .load("451227");

        assertThat(report.paired()).isEqualTo(8);
        assertThat(report.householdsWithIncome()).isEqualTo(AssistanceDemo.HOUSEHOLDS_PER_CADRE);
        assertThat(report.entriesSigned()).isEqualTo(AssistanceDemo.HOUSEHOLDS_PER_CADRE * 12 * 2);
        assertThat(calls).anyMatch(c -> c.startsWith("policy-admin POST /api/assistance-policies")
                && c.contains("\"householdsPerCadre\":5"));
        assertThat(calls.stream().filter(c -> c.startsWith("county-officer POST /api/cadres"))).hasSize(AssistanceDemo.CADRES.size());
        assertThat(calls.stream().filter(c -> c.contains("/pairings") && c.contains("\"cadreId\":\"cadre\""))).hasSize(5);
        assertThat(calls.stream().filter(c -> c.contains("/pairings") && c.contains("\"cadreId\":\"cadre-451227-002\""))).hasSize(3);
        assertThat(calls).anyMatch(c -> c.startsWith("cadre POST /api/households/h-0/income/entries") && c.contains("\"month\":\"2025-12\""));
        assertThat(calls).anyMatch(c -> c.startsWith("cadre POST /api/households/h-0/income/entries/2025-12.1/signatures")
                && c.contains("\"signatory\":\"CADRE\""));
        assertThat(calls).anyMatch(c -> c.startsWith("cadre POST /api/households/h-0/income/entries/2025-12.1/signatures")
                && c.contains("\"signatory\":\"HOUSEHOLD_HEAD\"") && c.contains("evidenceReference"));
        assertThat(calls).noneMatch(c -> c.contains("/h-5/income"));
    }

    private AssistanceDemo demo() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        JsonHttp http = new JsonHttp(java.net.http.HttpClient.newHttpClient(), mapper, Duration.ofSeconds(5),
                d -> { }, Clock.systemUTC());
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        return new AssistanceDemo(new AssistanceApi(http, new Tokens(http, base, "demo", clock), base), clock);
    }

    @Test
    void aHouseholdsYearIsOneCardWithTheAmountsItsMonthsWouldHaveOneByOne() throws IOException {
        AssistanceDemo demo = demo();
        assertThat(demo.recordYear("cadre-451227101201-1", "h-0", 2016, 7, 3)).isEqualTo(12 * 2);
        demo.recordMonth("cadre-451227101201-1", "h-1", java.time.YearMonth.of(2016, 10), 7, 3);

        List<String> cards = calls.stream().filter(c -> c.contains("/income/cards/")).toList();
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0)).startsWith("cadre-451227101201-1 POST /api/households/h-0/income/cards/2016 ");
        assertThat(calls).noneMatch(c -> c.contains("/h-0/income/entries"));
        JsonNode months = mapper.readTree(cards.get(0).substring(cards.get(0).indexOf('{'))).get("months");
        assertThat(months).hasSize(12);
        JsonNode october = months.get(9);
        assertThat(october.get("month").asText()).isEqualTo("2016-10");
        assertThat(october.get("evidenceReference").asText()).isEqualTo("scan:demo/h-0/2016-10");
        String single = calls.stream().filter(c -> c.contains("POST /api/households/h-1/income/entries ")).findFirst()
                .orElseThrow();
        JsonNode entry = mapper.readTree(single.substring(single.indexOf('{')));
        assertThat(october.get("amounts")).isEqualTo(entry.get("amounts"));
        assertThat(october.get("productionCosts")).isEqualTo(entry.get("productionCosts"));
    }

    @Test
    void aYearAlreadyBegunIsTakenUpMonthByMonthWritingOnlyTheMissingMonths() {
        assertThat(demo().recordYear("cadre-451227101201-1", "h-begun", 2016, 7, 3)).isEqualTo(11 * 2);
        assertThat(calls.stream().filter(c -> c.contains("/h-begun/income/entries ") && c.contains("POST"))).hasSize(12);
        assertThat(calls).noneMatch(c -> c.contains("/h-begun/income/entries/2016-01.1/signatures"));
        assertThat(calls.stream().filter(c -> c.contains("/h-begun/income/entries/2016-12.1/signatures"))).hasSize(2);
    }
}

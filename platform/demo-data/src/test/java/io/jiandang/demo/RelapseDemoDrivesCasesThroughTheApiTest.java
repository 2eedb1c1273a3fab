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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relapse demo against a stand-in for the relapse service and the token issuer: every target of the five-step
 * procedure is reached, each call is made by the demo client of the step's level.
 */
class RelapseDemoDrivesCasesThroughTheApiTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One call the demo made: by which client, what, with which body. */
    record Call(String client, String method, String path, JsonNode body) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger caseNumbers = new AtomicInteger();
    private HttpServer server;
    private RelapseDemo demo;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        JsonHttp http = JsonHttp.standard(mapper);
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
        demo = new RelapseDemo(new RelapseApi(http, new Tokens(http, base, "demo", clock), base), clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void casesAreTakenToEveryPointOfTheProcedureReachableAtLoadTime() {
        List<RelapseDemo.DemoCase> cases = demo.load(households(7));

        assertThat(cases).extracting(RelapseDemo.DemoCase::target).containsExactly(RelapseDemo.Target.values());
        assertThat(calls).filteredOn(c -> c.path().equals("/api/relapse-policies")).singleElement()
                .satisfies(c -> assertThat(c.client()).isEqualTo("policy-admin"));
        assertThat(calls).filteredOn(c -> c.path().equals("/api/relapse-cases")).hasSize(7)
                .allSatisfy(c -> assertThat(c.client()).startsWith("officer-village-451227101"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/home-verification"))
                .allSatisfy(c -> assertThat(c.client()).isEqualTo("officer-township-451227101000"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/village-deliberation")).hasSize(3)
                .allSatisfy(c -> assertThat(c.client()).startsWith("officer-village-"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/township-review")).hasSize(2);
        assertThat(calls).filteredOn(c -> c.path().endsWith("/answer")).singleElement()
                .satisfies(c -> assertThat(c.body().get("upheld").asBoolean()).isFalse());
        assertThat(calls).filteredOn(c -> c.path().endsWith("/rejection")).singleElement()
                .satisfies(c -> assertThat(c.body().get("step").asText()).isEqualTo("HOME_VERIFICATION"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/withdrawal")).hasSize(1);
        assertThat(calls).noneSatisfy(c -> assertThat(c.body() == null ? "" : c.body().toString())
                .containsPattern("\\d{11,}"));
    }

    @Test
    void casesWhoseNoticeRanItsCourseAreCompletedAndApprovedByTheCounty() {
        List<RelapseDemo.DemoCase> cases = demo.load(households(7));
        calls.clear();

        List<String> approved = demo.finishElapsedNotices(cases);

        assertThat(approved).hasSize(2);
        assertThat(calls).filteredOn(c -> c.path().endsWith("/notice-completion")).hasSize(2)
                .allSatisfy(c -> assertThat(c.client()).isEqualTo("officer-township-451227101000"));
        assertThat(calls).filteredOn(c -> c.path().endsWith("/approval")).hasSize(2)
                .allSatisfy(c -> assertThat(c.client()).isEqualTo("officer-county-451227"));
    }

    private static List<RelapseDemo.ExitedHousehold> households(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new RelapseDemo.ExitedHousehold("h-" + i, "45122710120" + i)).toList();
    }

    // ---- the stand-in ------------------------------------------------------------------------------------------

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/oauth2/token")) {
            String basic = exchange.getRequestHeaders().getFirst("Authorization").substring("Basic ".length());
            String client = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8).split(":")[0];
            send(exchange, 200, Map.of("access_token", "token-of-" + client, "expires_in", 300));
            return;
        }
        String client = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer token-of-".length());
        calls.add(new Call(client, exchange.getRequestMethod(), path, text.isBlank() ? null : mapper.readTree(text)));
        if (exchange.getRequestMethod().equals("GET")) {
            send(exchange, 200, Map.of("status", "OPEN", "expectedStep", "TOWNSHIP_REVIEW_AND_NOTICE"));
        } else if (path.equals("/api/relapse-policies")) {
            send(exchange, 201, Map.of("version", 1));
        } else if (path.equals("/api/relapse-cases")) {
            send(exchange, 201, Map.of("caseId", "case-" + caseNumbers.incrementAndGet()));
        } else if (path.endsWith("/objections")) {
            send(exchange, 201, Map.of("objectionId", "objection-1"));
        } else {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

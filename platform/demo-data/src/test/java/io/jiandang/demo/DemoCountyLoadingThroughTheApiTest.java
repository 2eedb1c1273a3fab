package io.jiandang.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader against a stand-in of the registration service and the issuer (no real server needed). */
class DemoCountyLoadingThroughTheApiTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // see FakeRegistrationService
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);
    private final ObjectMapper mapper = new ObjectMapper();
    private FakeRegistrationService service;

    @BeforeEach
    void start() throws Exception {
        service = new FakeRegistrationService();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private JsonHttp http(Duration warmUp, JsonHttp.Sleeper sleeper, Clock clock) {
        return new JsonHttp(HttpClient.newHttpClient(), mapper, warmUp, sleeper, clock);
    }

    private final AtomicInteger loaderPauses = new AtomicInteger();

    private DemoCountyLoader loader() {
        JsonHttp http = http(Duration.ofSeconds(60), d -> { }, CLOCK);
        Tokens tokens = new Tokens(http, service.uri(), "demo", CLOCK);
        return new DemoCountyLoader(DivisionCatalogue.guangxi(), new RegistrationApi(http, tokens, service.uri()), CLOCK,
                pause -> loaderPauses.incrementAndGet());
    }

    private static LoaderOptions options(int households) {
        return LoaderOptions.parse(new String[] {"--households", String.valueOf(households), "--seed", "2017"}, 2026);
    }

    @Test
    void loadsTheCountyAndStopsAtTheVillageNoticeWhileItsPeriodRuns() {
        LoadReport report = loader().load(options(300));

        assertThat(service.problems).isEmpty();
        assertThat(report.policyPublished()).isTrue();
        assertThat(service.publishedPolicy.get("vetoRules")).hasSize(DemoPolicy.policy().vetoRules().size());
        assertThat(report.surveyed()).isEqualTo(300).isEqualTo(service.households.size());
        int people = service.households.values().stream().mapToInt(h -> h.people).sum();
        assertThat(report.povertyScale()).isEqualTo(Math.round(0.3 * people));
        assertThat(report.candidates()).isEqualTo(service.candidates.size()).isGreaterThan(30);
        assertThat(report.registered()).isZero();
        assertThat(report.rejected() + report.vetoed() + report.waitingInNotice().size()).isEqualTo(report.candidates());
        assertThat(report.rejected()).isPositive();
        assertThat(report.vetoed()).isPositive();
        assertThat(report.noticeWaitedAt()).isEqualTo(RegistrationStep.VILLAGE_PUBLIC_NOTICE);
        // asked once whether the notice could pass, and did not pretend for the others
        assertThat(service.noticeRefusals.get()).isEqualTo(1);
        for (String id : report.waitingInNotice()) {
            FakeRegistrationService.Household household = service.households.get(id);
            assertThat(household.steps).containsExactly("FIRST_HOME_VISIT", "VILLAGE_GROUP_DELIBERATION",
                    "SECOND_HOME_VISIT", "VILLAGE_REPRESENTATIVES_DELIBERATION");
            assertThat(household.notices).containsExactly("VILLAGE_PUBLIC_NOTICE");
        }
        long vetoed = service.households.values().stream().filter(h -> h.vetoCode != null).count();
        long rejected = service.households.values().stream().filter(h -> h.rejectedReason != null).count();
        assertThat(vetoed).isEqualTo(report.vetoed());
        assertThat(rejected).isEqualTo(report.rejected());
        assertThat(service.households.values()).filteredOn(h -> h.vetoCode != null)
                .allMatch(h -> h.steps.size() == 3 && !h.vetoEvidence.isBlank());
        assertThat(service.households.values()).filteredOn(h -> !service.candidates.contains(h.id))
                .allMatch(h -> h.steps.isEmpty());
        // tokens are fetched once per demo client, not per request
        assertThat(service.tokenRequests.get()).isEqualTo(service.clientsByToken.size());
    }

    @Test
    void registersTheCandidatesWhenTheServicesClockLetsTheNoticesPassAndUsesAnExistingPolicy() {
        service.nominationLagRequests = 3;
        service.policyExists = true;
        service.publishedPolicy = mapper.valueToTree(DemoPolicy.policy());
        service.noticePeriodElapsed = true;
        service.cutOffListsCandidates = false;
        service.roundListsCandidates = false; // the loader falls back on the scores and the cut-off line

        LoadReport report = loader().load(options(120));

        assertThat(service.problems).isEmpty();
        assertThat(report.policyPublished()).isFalse();
        assertThat(report.waitingInNotice()).isEmpty();
        assertThat(report.registered()).isEqualTo(report.candidates() - report.rejected() - report.vetoed()).isPositive();
        assertThat(service.households.values()).filteredOn(h -> h.steps.contains("COUNTY_ANNOUNCEMENT"))
                .hasSize(report.registered())
                .allMatch(h -> h.steps.size() == 9);
        // waited for the asynchronous nomination instead of failing on NOT_A_CANDIDATE
        assertThat(loaderPauses.get()).isEqualTo(3);
    }

    @Test
    void printsNeitherIdNumbersNorTokens() {
        service.cutOffListsCandidates = false; // the loader reads the candidates from GET round instead
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            loader().load(options(60));
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Survey:").contains("Procedure:").contains("candidate households");
        assertThat(output).contains("Notice: " + service.households.values().stream()
                .filter(h -> h.notices.contains("VILLAGE_PUBLIC_NOTICE")).count() + " households wait");
        service.households.values().forEach(h -> h.idNumbers.forEach(id -> assertThat(output).doesNotContain(id)));
        service.clientsByToken.keySet().forEach(token -> assertThat(output).doesNotContain(token));
    }

    @Test
    void stopsOnAClientErrorWithTheProblemAndTheIdNumberMasked() {
        service.rejectIdNumbers = true;

        assertThatThrownBy(() -> loader().load(options(10)))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.path()).isEqualTo("/api/households");
                    assertThat(e.body()).contains("GB11643_CHECK_DIGIT").contains("members[0].idNumber");
                    DemoMember head = new DemoCountyGenerator(DivisionCatalogue.guangxi())
                            .generate("451227", 10, 2017).households().get(0).head();
                    assertThat(e.getMessage()).doesNotContain(head.idNumber()).contains(IdNumbers.mask(head.idNumber()));
                });
    }

    @Test
    void retriesARefusedConnectionWhileTheServiceWarmsUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AtomicReference<com.sun.net.httpserver.HttpServer> late = new AtomicReference<>();
        AtomicInteger waits = new AtomicInteger();
        int freePort = port;
        JsonHttp.Sleeper sleeper = d -> {
            if (waits.incrementAndGet() == 3) {
                try {
                    com.sun.net.httpserver.HttpServer server =
                            com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", freePort), 0);
                    server.createContext("/ping", exchange -> {
                        byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                        exchange.close();
                    });
                    server.start();
                    late.set(server);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try {
            JsonHttp.Response response = http(Duration.ofSeconds(60), sleeper, CLOCK)
                    .send("GET", URI.create("http://127.0.0.1:" + port + "/ping"), null, Map.of());
            assertThat(response.body().get("ok").asBoolean()).isTrue();
            assertThat(waits.get()).isEqualTo(3);
        } finally {
            if (late.get() != null) {
                late.get().stop(0);
            }
        }
    }

    @Test
    void givesUpWhenTheServiceStaysDownPastTheWarmUp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        MutableClock clock = new MutableClock();
        AtomicInteger waits = new AtomicInteger();
        JsonHttp http = http(Duration.ofSeconds(60), d -> {
            waits.incrementAndGet();
            clock.advance(d);
        }, clock);

        assertThatThrownBy(() -> http.send("GET", URI.create("http://127.0.0.1:" + port + "/api"), null, Map.of()))
                .isInstanceOf(JsonHttp.ServiceUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("60 s");
        assertThat(waits.get()).isBetween(60, 61);
    }

    @Test
    void parsesTheOptionsAndRefusesBadOnes() {
        LoaderOptions defaults = LoaderOptions.parse(new String[0], 2026);
        assertThat(defaults.registration()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(defaults.issuer()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(List.of(defaults.countyCode(), defaults.households(), defaults.seed(), defaults.year()))
                .containsExactly("451227", 300, 2017L, 2026);
        LoaderOptions given = LoaderOptions.parse(new String[] {"--county=450123", "--households", "20",
                "--registration", "http://localhost:18081", "--client-secret", "s3cret"}, 2026);
        assertThat(given.countyCode()).isEqualTo("450123");
        assertThat(given.households()).isEqualTo(20);
        assertThat(given.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> LoaderOptions.parse(new String[] {"--households", "0"}, 2026))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoaderOptions.parse(new String[] {"--county", "4512"}, 2026))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoaderOptions.parse(new String[] {"--colour", "red"}, 2026))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

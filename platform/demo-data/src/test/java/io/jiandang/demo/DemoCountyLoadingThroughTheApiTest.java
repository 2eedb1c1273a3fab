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

    /** A loader that never moves a clock (the constructor of earlier demo code). */
    private DemoCountyLoader loader() {
        JsonHttp http = http(Duration.ofSeconds(60), d -> { }, CLOCK);
        Tokens tokens = new Tokens(http, service.uri(), "demo", CLOCK);
        return new DemoCountyLoader(DivisionCatalogue.guangxi(), new RegistrationApi(http, tokens, service.uri()), CLOCK,
                pause -> loaderPauses.incrementAndGet());
    }

    /** A loader that moves the clocks of {@code services} (the fake registration service among them). */
    private DemoCountyLoader loaderMovingClocks(List<URI> services) {
        JsonHttp http = http(Duration.ofSeconds(60), d -> { }, CLOCK);
        Tokens tokens = new Tokens(http, service.uri(), "demo", CLOCK);
        return new DemoCountyLoader(DivisionCatalogue.guangxi(), new RegistrationApi(http, tokens, service.uri()), CLOCK,
                pause -> loaderPauses.incrementAndGet(), demoTime(http, tokens, services));
    }

    private DemoTime demoTime(JsonHttp loaderHttp, Tokens tokens, List<URI> services) {
        // as the loader's main: no warm-up for the clocks, a service that refuses the connection is not there
        return new DemoTime(http(Duration.ZERO, d -> { }, CLOCK), tokens, services);
    }

    private static URI nothingListening() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static LoaderOptions options(int households) {
        return LoaderOptions.parse(new String[] {"--households", String.valueOf(households), "--seed", "2017"}, 2026);
    }

    private static final List<String> NINE_STEPS = java.util.Arrays.stream(RegistrationStep.values()).map(Enum::name).toList();

    @Test
    void registersMostCandidatesInPhasesMovingEveryServicesClockOnceForEachNotice() throws Exception {
        try (FakeClockService relapse = new FakeClockService(true)) {
            LoadReport report = loaderMovingClocks(List.of(service.uri(), relapse.uri(), nothingListening()))
                    .load(options(300));

            assertThat(service.problems).isEmpty();
            assertThat(report.policyPublished()).isTrue();
            assertThat(report.surveyed()).isEqualTo(300).isEqualTo(service.households.size());
            int people = service.households.values().stream().mapToInt(h -> h.people).sum();
            assertThat(report.povertyScale()).isEqualTo(Math.round(0.3 * people));
            assertThat(report.candidates()).isEqualTo(service.candidates.size()).isGreaterThan(30);
            // one move per notice (village, township), by the notice period + 1 day, on every running service
            assertThat(service.clockAdvances).containsExactly(8, 8);
            assertThat(relapse.advances).containsExactly(8, 8);
            assertThat(report.clockAdvancedDays()).isEqualTo(16);
            // never asked to pass a notice before its period had elapsed on the business clock
            assertThat(service.noticeRefusals.get()).isZero();

            int held = report.inProcedure().values().stream().mapToInt(List::size).sum();
            assertThat(report.registered() + report.rejected() + report.vetoed() + held).isEqualTo(report.candidates());
            assertThat(report.rejected()).isPositive();
            assertThat(report.vetoed()).isPositive();
            assertThat(report.registered()).isGreaterThan(4 * held);
            assertThat(report.inProcedure().keySet()).containsExactly(RegistrationStep.VILLAGE_PUBLIC_NOTICE,
                    RegistrationStep.TOWNSHIP_PUBLIC_NOTICE, RegistrationStep.COUNTY_ANNOUNCEMENT);

            // the registered households, by village, went through all nine steps in phases: every village notice
            // opened before the first move, every township notice between the two
            assertThat(report.registeredHouseholds()).hasSize(report.registered());
            report.registeredByVillage().forEach((village, ids) -> ids.forEach(id -> {
                FakeRegistrationService.Household household = service.households.get(id);
                assertThat(household.villageCode).isEqualTo(village);
                assertThat(household.steps).containsExactlyElementsOf(NINE_STEPS);
                assertThat(household.noticeOpenedAtOffset)
                        .containsExactly(Map.entry("VILLAGE_PUBLIC_NOTICE", 0), Map.entry("TOWNSHIP_PUBLIC_NOTICE", 8));
            }));
            assertThat(service.households.values()).filteredOn(h -> h.steps.contains("COUNTY_ANNOUNCEMENT"))
                    .hasSize(report.registered());

            // the few left on purpose: their notices opened after the last move, so their period really runs
            for (String id : report.inProcedure().get(RegistrationStep.VILLAGE_PUBLIC_NOTICE)) {
                FakeRegistrationService.Household household = service.households.get(id);
                assertThat(household.steps).containsExactlyElementsOf(NINE_STEPS.subList(0, 4));
                assertThat(household.noticeOpenedAtOffset).containsExactly(Map.entry("VILLAGE_PUBLIC_NOTICE", 16));
            }
            for (String id : report.inProcedure().get(RegistrationStep.TOWNSHIP_PUBLIC_NOTICE)) {
                FakeRegistrationService.Household household = service.households.get(id);
                assertThat(household.steps).containsExactlyElementsOf(NINE_STEPS.subList(0, 6));
                assertThat(household.noticeOpenedAtOffset).containsEntry("TOWNSHIP_PUBLIC_NOTICE", 16);
            }
            for (String id : report.inProcedure().get(RegistrationStep.COUNTY_ANNOUNCEMENT)) {
                assertThat(service.households.get(id).steps).containsExactlyElementsOf(NINE_STEPS.subList(0, 8));
            }
            assertThat(report.waitingInNotice()).hasSize(report.inProcedure().get(RegistrationStep.VILLAGE_PUBLIC_NOTICE)
                    .size() + report.inProcedure().get(RegistrationStep.TOWNSHIP_PUBLIC_NOTICE).size());

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
    }

    @Test
    void withoutAClockToMoveTheCandidatesWaitInTheVillageNoticeAndNoNoticeIsForced() {
        LoadReport report = loader().load(options(300));

        assertThat(service.problems).isEmpty();
        assertThat(service.clockAdvances).isEmpty();
        assertThat(report.clockAdvancedDays()).isZero();
        assertThat(report.registered()).isZero();
        assertThat(report.registeredByVillage()).isEmpty();
        assertThat(report.inProcedure().keySet()).containsExactly(RegistrationStep.VILLAGE_PUBLIC_NOTICE);
        assertThat(report.rejected() + report.vetoed() + report.waitingInNotice().size()).isEqualTo(report.candidates());
        assertThat(service.noticeRefusals.get()).isZero();
        for (String id : report.waitingInNotice()) {
            FakeRegistrationService.Household household = service.households.get(id);
            assertThat(household.steps).containsExactlyElementsOf(NINE_STEPS.subList(0, 4));
            assertThat(household.notices).containsExactly("VILLAGE_PUBLIC_NOTICE");
        }
    }

    @Test
    void refusesToGoOnWhenAServiceAnswersWithoutAnAdjustableClock() throws Exception {
        try (FakeClockService exit = new FakeClockService(false)) {
            DemoCountyLoader loader = loaderMovingClocks(List.of(service.uri(), exit.uri()));

            assertThatThrownBy(() -> loader.load(options(30)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(exit.uri().toString())
                    .hasMessageContaining("JIANDANG_CLOCK_ADJUSTABLE=true");
            // refused before loading anything, and moved no clock
            assertThat(service.households).isEmpty();
            assertThat(service.clockAdvances).isEmpty();
        }
    }

    @Test
    void demoTimeBringsALaggingClockLevelWithTheOthersBeforeMovingThemAll() throws Exception {
        service.clockOffsetDays = 16;
        try (FakeClockService restarted = new FakeClockService(true)) {
            JsonHttp http = http(Duration.ofSeconds(60), d -> { }, CLOCK);
            DemoTime time = demoTime(http, new Tokens(http, service.uri(), "demo", CLOCK),
                    List.of(service.uri(), nothingListening(), restarted.uri()));

            List<DemoTime.ServiceClock> clocks = time.advanceDays(3);

            assertThat(clocks).extracting(DemoTime.ServiceClock::service).containsExactly(service.uri(), restarted.uri());
            assertThat(clocks).extracting(DemoTime.ServiceClock::offset).containsOnly(Duration.ofDays(19));
            assertThat(service.clockAdvances).containsExactly(3);
            assertThat(restarted.advances).containsExactly(19);
            assertThatThrownBy(() -> time.advanceDays(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void demoTimeKeepsHowFarItMovedAndGivesARestartedServiceItsBusinessTimeBack(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path record = folder.resolve("data").resolve(DemoTime.RECORD_FILE);
        try (FakeClockService exit = new FakeClockService(true)) {
            JsonHttp http = http(Duration.ofSeconds(60), d -> { }, CLOCK);
            Tokens tokens = new Tokens(http, service.uri(), "demo", CLOCK);
            List<URI> services = List.of(service.uri(), exit.uri());
            DemoTime time = new DemoTime(http(Duration.ZERO, d -> { }, CLOCK), tokens, services, record);
            time.advanceDays(8);
            time.advanceDays(8);
            assertThat(java.nio.file.Files.readString(record).trim()).isEqualTo("16");

            // both services restarted: their clocks are back on the real date
            service.clockOffsetDays = 0;
            exit.offsetDays = 0;
            DemoTime afterRestart = new DemoTime(http(Duration.ZERO, d -> { }, CLOCK), tokens, services, record);
            assertThat(afterRestart.restore()).extracting(DemoTime.ServiceClock::offset)
                    .containsOnly(Duration.ofDays(16));
            assertThat(afterRestart.restore()).extracting(DemoTime.ServiceClock::offset)
                    .containsOnly(Duration.ofDays(16));
            assertThat(service.clockAdvances).containsExactly(8, 8, 16);
            assertThat(exit.advances).containsExactly(8, 8, 16);
        }
    }

    @Test
    void demoTimeDoesNotMistakeAnIssuerThatIsDownForServicesThatDoNotRun() throws Exception {
        URI issuer = nothingListening();
        JsonHttp noWarmUp = http(Duration.ZERO, d -> { }, CLOCK);
        DemoTime time = new DemoTime(noWarmUp, new Tokens(noWarmUp, issuer, "demo", CLOCK), List.of(service.uri()));

        assertThatThrownBy(time::clocks).isInstanceOf(JsonHttp.ServiceUnavailableException.class)
                .hasMessageContaining(issuer.getAuthority());
    }

    @Test
    void demoTimeRefusesWhenNoServiceAnswers() throws Exception {
        JsonHttp http = http(Duration.ofSeconds(60), d -> { }, CLOCK);
        DemoTime time = demoTime(http, new Tokens(http, service.uri(), "demo", CLOCK), List.of(nothingListening()));

        assertThatThrownBy(time::clocks).isInstanceOf(IllegalStateException.class).hasMessageContaining("No Jiandang service");
    }

    @Test
    void registersTheCandidatesWithAnExistingPolicysNoticePeriodAndAnAsynchronousNomination() {
        service.nominationLagRequests = 3;
        service.policyExists = true;
        service.publishedPolicy = mapper.valueToTree(DemoPolicy.policy());
        service.noticePeriodDays = 5;
        service.cutOffListsCandidates = false;
        service.roundListsCandidates = false; // the loader falls back on the scores and the cut-off line

        LoadReport report = loaderMovingClocks(List.of(service.uri())).load(options(120));

        assertThat(service.problems).isEmpty();
        assertThat(report.policyPublished()).isFalse();
        assertThat(service.clockAdvances).containsExactly(6, 6);
        int held = report.inProcedure().values().stream().mapToInt(List::size).sum();
        assertThat(report.registered()).isEqualTo(report.candidates() - report.rejected() - report.vetoed() - held)
                .isPositive();
        assertThat(service.households.values()).filteredOn(h -> h.steps.contains("COUNTY_ANNOUNCEMENT"))
                .hasSize(report.registered())
                .allMatch(h -> h.steps.size() == 9);
        // waited for the asynchronous nomination instead of failing on NOT_A_CANDIDATE
        assertThat(loaderPauses.get()).isEqualTo(3);
    }

    @Test
    void aSecondRunOverTheSameCountyLoadsNothingAndMovesNoClock() {
        DemoCountyLoader first = loaderMovingClocks(List.of(service.uri()));
        first.load(options(40));
        List<Integer> movesOfTheFirstRun = List.copyOf(service.clockAdvances);

        LoadReport second = loaderMovingClocks(List.of(service.uri())).load(options(40));

        assertThat(second.surveyed()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(40);
        assertThat(second.registeredByVillage()).isEmpty();
        assertThat(service.clockAdvances).isEqualTo(movesOfTheFirstRun);
    }

    @Test
    void writesTheReportForLaterDemoStepsAndKeepsItWhenNothingNewWasLoaded(@org.junit.jupiter.api.io.TempDir
                                                                           java.nio.file.Path folder) throws Exception {
        LoadReport report = loaderMovingClocks(List.of(service.uri())).load(options(60));
        java.nio.file.Path file = folder.resolve("demo/demo-county.json");
        LoaderOptions options = LoaderOptions.parse(new String[] {"--report-file", file.toString()}, 2026);

        DemoCountyLoader.writeReport(options, report, mapper);
        DemoCountyLoader.writeReport(options, LoadReport.nothingNew(false, 60), mapper);

        LoadReport read = mapper.readValue(file.toFile(), LoadReport.class);
        assertThat(read.registeredByVillage()).isEqualTo(report.registeredByVillage()).isNotEmpty();
        assertThat(read.inProcedure()).isEqualTo(report.inProcedure());
        assertThat(read.clockAdvancedDays()).isEqualTo(16);
    }

    @Test
    void printsNeitherIdNumbersNorTokensAndSaysHowFarTheClockMoved() {
        service.cutOffListsCandidates = false; // the loader reads the candidates from GET round instead
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            loaderMovingClocks(List.of(service.uri())).load(options(60));
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Survey:").contains("Phase 1:").contains("Phase 3:").contains("candidate households");
        assertThat(output).contains("Business clock: MOVED FORWARD 8 days").contains("business clock moved 16 days in all");
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
        // the clocks of the registration service given and of the six services on the default ports move together
        assertThat(given.clockServices()).startsWith(URI.create("http://localhost:18081"))
                .contains(URI.create("http://127.0.0.1:8086")).hasSize(7);
        assertThat(defaults.clockServices()).containsExactlyElementsOf(DemoTime.servicesAt("127.0.0.1", 8080));
        assertThat(defaults.advanceClock()).isTrue();
        assertThat(defaults.reportFile()).isNull();
        LoaderOptions moved = LoaderOptions.parse(new String[] {"--service-port-base", "18080", "--no-clock-advance",
                "--report-file", "/tmp/report.json"}, 2026);
        assertThat(moved.registration()).isEqualTo(URI.create("http://127.0.0.1:18081"));
        assertThat(moved.clockServices()).hasSize(6).first().isEqualTo(URI.create("http://127.0.0.1:18081"));
        assertThat(moved.clockServices()).last().isEqualTo(URI.create("http://127.0.0.1:18086"));
        assertThat(moved.advanceClock()).isFalse();
        assertThat(moved.reportFile()).isEqualTo(java.nio.file.Path.of("/tmp/report.json"));
        assertThatThrownBy(() -> LoaderOptions.parse(new String[] {"--service-port-base", "65530"}, 2026))
                .isInstanceOf(IllegalArgumentException.class);
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

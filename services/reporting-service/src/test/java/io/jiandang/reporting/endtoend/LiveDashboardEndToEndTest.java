package io.jiandang.reporting.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.reporting.register.application.RegisterEvents;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.security.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live dashboard against real parts: the test plays the registration service, publishing CloudEvents records on
 * the real broker; the service projects them into MongoDB and pushes new figures to SSE subscribers, each only for
 * the division its jurisdiction allowed.
 */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveDashboardEndToEndTest {

    static final String HECHI = "451200";
    static final String NANNING = "450100";
    static final String BAMA_VILLAGE = "451227101201";
    static final Actor HECHI_SUPERVISOR = new Actor("hechi-supervisor", Role.SUPERVISOR, DivisionLevel.CITY, HECHI);
    static final Actor NANNING_SUPERVISOR = new Actor("nanning-supervisor", Role.SUPERVISOR, DivisionLevel.CITY, NANNING);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("reporting").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

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
                .until(() -> poorHouseholds(hechi.get(hechi.size() - 1)) == before + 6);
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

    static void publishRegisteredHouseholds(int count, String village) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().springProperties("reporting").get("spring.kafka.bootstrap-servers"));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < count; i++) {
                String household = UUID.randomUUID().toString();
                for (EventEnvelope e : List.of(RegisterEvents.surveyed(household, village, 4, now, today, "ILLNESS"),
                        RegisterEvents.registered(household, village, 3, 1, now, today))) {
                    producer.send(EventEnvelopeCodec.toRecord("registration.events", e)).get();
                }
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}

package io.jiandang.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request that gets no answer within the client's request timeout: a read (GET) is asked again, twice at most, since
 * asking changes nothing; a write is never repeated blindly (whether it took effect is for the caller to find out).
 */
class SlowAnswersAreAskedAgainOnlyWhenTheyChangeNothingTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    /** How many of the first requests the server answers too late. */
    private volatile int slowAnswers;
    /** Holds a slow answer until the test is over: the client has given up on it long before. */
    private final CountDownLatch testOver = new CountDownLatch(1);

    @BeforeEach
    void aServerThatAnswersItsFirstRequestsTooLate() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            int n = requests.incrementAndGet();
            try {
                if (n <= slowAnswers) {
                    testOver.await(10, TimeUnit.SECONDS);
                }
                byte[] body = ("{\"request\":" + n + "}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException closedByTheClient) {
                // the client gave up waiting: nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        testOver.countDown();
        server.stop(0);
    }

    private JsonHttp client() {
        return new JsonHttp(HttpClient.newHttpClient(), new ObjectMapper(), Duration.ZERO, d -> { }, Clock.systemUTC())
                .withRequestTimeout(TIMEOUT);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/households/h-1");
    }

    @Test
    void aReadAnsweredTooLateIsAskedAgainAndItsLaterAnswerReturned() {
        slowAnswers = 2;

        JsonHttp.Response response = client().send("GET", uri(), null, Map.of());

        assertThat(response.body().path("request").asInt()).isEqualTo(3);
        assertThat(requests).hasValue(3);
    }

    @Test
    void aReadStillUnansweredAfterTwoMoreTriesFailsAsUnavailable() {
        slowAnswers = 10;

        assertThatThrownBy(() -> client().send("GET", uri(), null, Map.of()))
                .isInstanceOf(JsonHttp.ServiceUnavailableException.class)
                .hasMessageContaining("GET /api/households/h-1");
        assertThat(requests).hasValue(3);
    }

    @Test
    void aWriteAnsweredTooLateIsNotSentAgain() {
        slowAnswers = 1;

        assertThatThrownBy(() -> client().send("POST", uri(), Map.of("step", "COUNTY_REVIEW"), Map.of()))
                .isInstanceOf(JsonHttp.ServiceUnavailableException.class)
                .hasMessageContaining("POST /api/households/h-1");
        assertThat(requests).hasValue(1);
    }

    @Test
    void theRequestTimeoutIsTheOneTheClientWasGiven() {
        JsonHttp standard = JsonHttp.standard(new ObjectMapper());

        assertThat(standard.requestTimeout()).isEqualTo(JsonHttp.DEFAULT_REQUEST_TIMEOUT);
        assertThat(standard.withRequestTimeout(Duration.ofMinutes(2)).requestTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> standard.withRequestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.jiandang.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON over {@link HttpClient}: sends a request, returns the parsed 2xx body, turns any other status into an
 * {@link ApiProblemException}. Until a service has answered once, a refused connection is retried for the
 * warm-up period (the service may still be starting); after that it is an error at once.
 */
public class JsonHttp {

    /** Waits between attempts; replaced in tests so that nothing really sleeps. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A 2xx answer: the parsed body (a missing node when empty) and the Location header if any. */
    public record Response(int status, JsonNode body, String location) {
    }

    private static final Logger log = LoggerFactory.getLogger(JsonHttp.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    /** How long a request waits for its answer unless told otherwise ({@link #withRequestTimeout}). */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final ObjectMapper mapper;
    private final Duration warmUp;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration requestTimeout;
    private final Set<String> reachedServices = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> firstAttempts = new ConcurrentHashMap<>();

    public JsonHttp(HttpClient client, ObjectMapper mapper, Duration warmUp, Sleeper sleeper, Clock clock) {
        this(client, mapper, warmUp, sleeper, clock, DEFAULT_REQUEST_TIMEOUT);
    }

    private JsonHttp(HttpClient client, ObjectMapper mapper, Duration warmUp, Sleeper sleeper, Clock clock,
                     Duration requestTimeout) {
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("The request timeout must be positive: " + requestTimeout);
        }
        this.client = client;
        this.mapper = mapper;
        this.warmUp = warmUp;
        this.sleeper = sleeper;
        this.clock = clock;
        this.requestTimeout = requestTimeout;
    }

    /**
     * The same client whose requests wait {@code timeout} for their answer: a load generator that keeps a loaded
     * machine busy for many minutes waits longer than an interactive demo should.
     */
    public JsonHttp withRequestTimeout(Duration timeout) {
        return new JsonHttp(client, mapper, warmUp, sleeper, clock, timeout);
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public static JsonHttp standard(ObjectMapper mapper) {
        return standard(mapper, Duration.ofSeconds(60));
    }

    /** As {@link #standard(ObjectMapper)}, retrying a refused connection for {@code warmUp} (zero: none). */
    public static JsonHttp standard(ObjectMapper mapper, Duration warmUp) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new JsonHttp(client, mapper, warmUp, d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Sends JSON (or no body when {@code body} is null) with the given headers. */
    public Response send(String method, URI uri, Object body, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the request body of " + method + " " + uri.getPath(), e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json")
                .method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return exchange(request.build());
    }

    /** Sends a form (application/x-www-form-urlencoded), as the OAuth 2 token endpoint expects. */
    public Response postForm(URI uri, String form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return exchange(request.build());
    }

    private static final int GET_RETRIES_AFTER_TIMEOUT = 2;

    private Response exchange(HttpRequest request) {
        String service = request.uri().getScheme() + "://" + request.uri().getAuthority();
        int timeouts = 0;
        while (true) {
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                waitForWarmUp(service, e);
                continue;
            } catch (java.net.http.HttpTimeoutException e) {
                // a read may be asked again (it changes nothing) when a busy service answered too late; a write is not
                // repeated blindly: whether it took effect is for the caller to find out
                if ("GET".equals(request.method()) && ++timeouts <= GET_RETRIES_AFTER_TIMEOUT) {
                    log.warn("{} {} took over {}; asking again ({} of {})", request.method(), request.uri().getPath(),
                            requestTimeout, timeouts, GET_RETRIES_AFTER_TIMEOUT);
                    continue;
                }
                throw new ServiceUnavailableException(service, "the request " + request.method() + " "
                        + request.uri().getPath() + " failed: " + e, e);
            } catch (IOException e) {
                throw new ServiceUnavailableException(service, "the request " + request.method() + " "
                        + request.uri().getPath() + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            reachedServices.add(service);
            return toResponse(request, response);
        }
    }

    private void waitForWarmUp(String service, IOException cause) {
        if (reachedServices.contains(service) || warmUp.isZero()) {
            throw new ServiceUnavailableException(service, "the connection was refused", cause);
        }
        Instant now = clock.instant();
        Instant first = firstAttempts.computeIfAbsent(service, s -> {
            log.info("Waiting for {} to accept connections (up to {} s)", s, warmUp.toSeconds());
            return now;
        });
        if (now.isAfter(first.plus(warmUp))) {
            throw new ServiceUnavailableException(service, "no answer after " + warmUp.toSeconds() + " s", cause);
        }
        try {
            sleeper.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + service, e);
        }
    }

    private Response toResponse(HttpRequest request, HttpResponse<String> response) {
        String text = response.body() == null ? "" : response.body();
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            JsonNode body = MissingNode.getInstance();
            if (!text.isBlank()) {
                try {
                    body = mapper.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(request.method() + " " + request.uri().getPath()
                            + " answered " + status + " with a body that is not JSON", e);
                }
            }
            return new Response(status, body, response.headers().firstValue("Location").orElse(null));
        }
        throw new ApiProblemException(request.method(), request.uri().getPath(), status, problemCode(text), text);
    }

    private String problemCode(String text) {
        try {
            JsonNode problem = mapper.readTree(text);
            if (problem != null && problem.hasNonNull("code")) {
                return problem.get("code").asText();
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // Not problem+json (for example an HTML error page): the status alone must do.
        }
        return null;
    }

    /** The service could not be reached (or stopped answering). */
    public static class ServiceUnavailableException extends RuntimeException {
        public ServiceUnavailableException(String service, String detail, Throwable cause) {
            super("Cannot reach " + service + ": " + detail, cause);
        }
    }
}

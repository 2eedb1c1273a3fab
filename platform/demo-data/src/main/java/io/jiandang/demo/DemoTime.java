package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The business time of a local demo: moves the adjustable clock ({@code /api/demo-clock}) of every running
 * Jiandang service forward by the same number of days, so that notice periods (公示期), monthly income entries
 * and observation periods pass without waiting, and all services keep one coherent business date.
 *
 * <p>The services are found once, on first use: a base URL that refuses the connection is a service that does
 * not run here and is skipped; a service that answers but has no {@code /api/demo-clock} (started without
 * {@code JIANDANG_CLOCK_ADJUSTABLE=true}) stops the demo, because moving only some clocks would split business
 * time between services. A service whose clock lags behind the others (restarted, so its offset is back to
 * zero) is brought level with the furthest one before every move.
 *
 * <p>Moves are made as the policy administrator ({@value DemoCountyLoader#POLICY_ADMIN}), the only role the
 * services let move their clock. Only business time moves: the event stores still record the system time.
 */
public class DemoTime {

    /** The clock of one service as it answered. */
    public record ServiceClock(URI service, Instant now, Duration offset) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoTime.class);
    private static final String PATH = "/api/demo-clock";
    /** Registration, relapse, assistance, exit, reporting, audit: base + 1 … base + 6. */
    public static final int SERVICE_COUNT = 6;

    private final JsonHttp http;
    private final Tokens tokens;
    private final List<URI> candidates;
    private List<URI> running;

    /**
     * @param http     should not retry refused connections for long (a short warm-up): a service that does not
     *                 answer is taken as not running here
     * @param services base URLs of the services that may run (e.g. {@link #servicesAt(String, int)})
     */
    public DemoTime(JsonHttp http, Tokens tokens, List<URI> services) {
        if (services.isEmpty()) {
            throw new IllegalArgumentException("DemoTime needs at least one service base URL");
        }
        this.http = http;
        this.tokens = tokens;
        this.candidates = services.stream().map(DemoTime::withoutTrailingSlash).toList();
    }

    /** The base URLs of the six Jiandang services on {@code host}, ports {@code portBase + 1} to {@code + 6}. */
    public static List<URI> servicesAt(String host, int portBase) {
        return IntStream.rangeClosed(1, SERVICE_COUNT)
                .mapToObj(i -> URI.create("http://" + host + ":" + (portBase + i))).toList();
    }

    /**
     * The running services and their clocks; finds the services on the first call.
     *
     * @throws IllegalStateException when a service answers without an adjustable clock, or none runs
     */
    public List<ServiceClock> clocks() {
        if (running == null) {
            List<URI> found = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (URI service : candidates) {
                try {
                    read(service);
                    found.add(service);
                } catch (JsonHttp.ServiceUnavailableException e) {
                    skipped.add(service.getAuthority());
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("No Jiandang service answers at " + candidates
                        + ": there is no business clock to move");
            }
            running = List.copyOf(found);
            log.info("Business clock: adjustable on {}{}", running,
                    skipped.isEmpty() ? "" : "; nothing answers on " + String.join(", ", skipped) + " (skipped)");
        }
        return running.stream().map(this::read).toList();
    }

    /**
     * Moves the business clock of every running service forward by {@code days} whole days, after bringing any
     * lagging clock level with the furthest one. Returns the clocks as they answered the move.
     */
    public List<ServiceClock> advanceDays(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("The business clock moves forward by at least one day, not " + days);
        }
        List<ServiceClock> before = clocks();
        Duration furthest = before.stream().map(ServiceClock::offset).max(Duration::compareTo).orElseThrow();
        Duration target = furthest.plusDays(days);
        List<ServiceClock> after = new ArrayList<>();
        for (ServiceClock clock : before) {
            long move = target.minus(clock.offset()).toDays();
            if (move != days) {
                log.info("Business clock: {} was {} days behind the others; moving it {} days to keep one business time",
                        clock.service().getAuthority(), move - days, move);
            }
            after.add(advance(clock.service(), move));
        }
        return after;
    }

    private ServiceClock read(URI service) {
        try {
            JsonNode body = http.send("GET", URI.create(service + PATH), null, headers()).body();
            return clock(service, body);
        } catch (ApiProblemException e) {
            throw notAdjustable(service, e);
        }
    }

    private ServiceClock advance(URI service, long days) {
        try {
            JsonNode body = http.send("POST", URI.create(service + PATH + "/advance"), Map.of("days", days), headers())
                    .body();
            return clock(service, body);
        } catch (ApiProblemException e) {
            throw notAdjustable(service, e);
        }
    }

    private static ServiceClock clock(URI service, JsonNode body) {
        try {
            return new ServiceClock(service, Instant.parse(body.path("now").asText()),
                    Duration.parse(body.path("offset").asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(service + PATH + " answered without a readable now/offset: " + body, e);
        }
    }

    private static RuntimeException notAdjustable(URI service, ApiProblemException e) {
        if (e.status() == 404 || e.status() == 405) {
            return new IllegalStateException("The service at " + service + " runs, but its business clock is not "
                    + "adjustable (no " + PATH + "): start it with JIANDANG_CLOCK_ADJUSTABLE=true (deploy/local/up "
                    + "does by default; local demos only), or stop it. Moving only the other clocks would split "
                    + "business time between the services, so the demo does not go on.");
        }
        return e;
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", tokens.authorizationFor(DemoCountyLoader.POLICY_ADMIN));
        return headers;
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}

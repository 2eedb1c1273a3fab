package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * <p>A service's clock offset lives in its memory only: a restarted service is back on the real date while its
 * event store and read models hold facts of the moved business time. So a local run keeps a record of how far
 * business time was moved ({@link #forLocalRun}: {@code $JIANDANG_HOME/data/business-clock-offset-days}) and
 * {@code deploy/local/up} {@link #restore()}s it when it starts the services again. Demo steps should build their
 * DemoTime with {@link #forLocalRun} so that their moves are recorded too.
 *
 * <p>Moves are made as the policy administrator ({@value DemoCountyLoader#POLICY_ADMIN}), the only role the
 * services let move their clock. Only business time moves: the event stores still record the system time.
 *
 * <p>From the command line (what {@code deploy/local/up} runs, and handy to move a running demo by hand):
 * <pre>
 * java -cp "platform/demo-data/target/classes:platform/demo-data/target/lib/*" io.jiandang.demo.DemoTime \
 *     [--service-port-base 8080] [--issuer http://127.0.0.1:9000] (--show | --restore | --advance &lt;days&gt;)
 * </pre>
 */
public class DemoTime {

    /** The clock of one service as it answered. */
    public record ServiceClock(URI service, Instant now, Duration offset) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoTime.class);
    private static final String PATH = "/api/demo-clock";
    /** Registration, relapse, assistance, exit, reporting, audit: base + 1 … base + 6. */
    public static final int SERVICE_COUNT = 6;
    /** The record's file name under {@code $JIANDANG_HOME/data}: how many days a local run moved business time. */
    public static final String RECORD_FILE = "business-clock-offset-days";

    private final JsonHttp http;
    private final Tokens tokens;
    private final List<URI> candidates;
    /** Where the furthest offset of this local run is kept, in whole days; {@code null}: not kept. */
    private final Path record;
    private List<URI> running;

    /**
     * @param http     should not retry refused connections for long (a short warm-up): a service that does not
     *                 answer is taken as not running here
     * @param services base URLs of the services that may run (e.g. {@link #servicesAt(String, int)})
     */
    public DemoTime(JsonHttp http, Tokens tokens, List<URI> services) {
        this(http, tokens, services, null);
    }

    /** As {@link #DemoTime(JsonHttp, Tokens, List)}, keeping the offset reached in {@code record} after every move. */
    public DemoTime(JsonHttp http, Tokens tokens, List<URI> services, Path record) {
        if (services.isEmpty()) {
            throw new IllegalArgumentException("DemoTime needs at least one service base URL");
        }
        this.http = http;
        this.tokens = tokens;
        this.candidates = services.stream().map(DemoTime::withoutTrailingSlash).toList();
        this.record = record;
    }

    /**
     * The DemoTime of a local run: records its moves under {@code $JIANDANG_HOME/data} (set by deploy/local), so
     * that they are restored when the services restart; without JIANDANG_HOME, moves are not recorded.
     */
    public static DemoTime forLocalRun(JsonHttp http, Tokens tokens, List<URI> services) {
        String home = System.getenv("JIANDANG_HOME");
        if (home == null || home.isBlank()) {
            log.warn("Business clock: JIANDANG_HOME is not set, so the moves of this run are not recorded and a "
                    + "restarted service will not get them back");
            return new DemoTime(http, tokens, services, null);
        }
        return new DemoTime(http, tokens, services, Path.of(home, "data", RECORD_FILE));
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
                // the token first: an issuer that does not answer is not a service that does not run here
                Map<String, String> headers = headers();
                try {
                    read(service, headers);
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
        return running.stream().map(service -> read(service, headers())).toList();
    }

    /** Whether {@code service} (one of the base URLs given) answered with an adjustable clock when they were found. */
    public boolean runs(URI service) {
        clocks();
        return running.contains(withoutTrailingSlash(service));
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
        keep(target.toDays());
        return after;
    }

    /**
     * Brings every running service's clock to the furthest offset of this local run (the record, or the furthest
     * running clock): after a restart, business time must not go back behind the facts already recorded.
     * Returns the clocks; moves none that is level already.
     */
    public List<ServiceClock> restore() {
        List<ServiceClock> before = clocks();
        long recorded = recorded();
        long target = Math.max(recorded,
                before.stream().map(ServiceClock::offset).max(Duration::compareTo).orElseThrow().toDays());
        List<ServiceClock> after = new ArrayList<>();
        for (ServiceClock clock : before) {
            long move = target - clock.offset().toDays();
            if (move > 0) {
                log.info("Business clock: {} is {} days behind this run's business time; MOVED FORWARD {} days",
                        clock.service().getAuthority(), move, move);
                after.add(advance(clock.service(), move));
            } else {
                after.add(clock);
            }
        }
        if (target > 0) {
            keep(target);
        }
        return after;
    }

    /** The offset kept in the record, in days; 0 without one. */
    long recorded() {
        if (record == null || !Files.exists(record)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(record).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read the business-clock record " + record + ": " + e.getMessage(), e);
        }
    }

    private void keep(long offsetDays) {
        if (record == null) {
            return;
        }
        try {
            Files.createDirectories(record.toAbsolutePath().getParent());
            Path next = record.resolveSibling(record.getFileName() + ".next");
            Files.writeString(next, offsetDays + "\n");
            Files.move(next, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the business-clock record " + record + ": " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) {
        int portBase = LoaderOptions.DEFAULT_SERVICE_PORT_BASE;
        URI issuer = URI.create("http://127.0.0.1:9000");
        String secret = "demo";
        String action = null;
        int days = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--show", "--restore" -> action = option;
                    case "--advance" -> {
                        action = option;
                        days = Integer.parseInt(value(args, ++i, option));
                    }
                    case "--service-port-base" -> portBase = Integer.parseInt(value(args, ++i, option));
                    case "--issuer" -> issuer = URI.create(value(args, ++i, option));
                    case "--client-secret" -> secret = value(args, ++i, option);
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
            if (action == null) {
                throw new IllegalArgumentException("Say what to do: --show, --restore or --advance <days>");
            }
        } catch (IllegalArgumentException e) {
            log.error("{}\nUsage: DemoTime [--service-port-base 8080] [--issuer <url>] [--client-secret <s>] "
                    + "(--show | --restore | --advance <days>)", e.getMessage());
            System.exit(2);
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        Tokens tokens = new Tokens(JsonHttp.standard(mapper), issuer, secret, java.time.Clock.systemUTC());
        DemoTime time = forLocalRun(JsonHttp.standard(mapper, Duration.ZERO), tokens, servicesAt("127.0.0.1", portBase));
        try {
            List<ServiceClock> clocks = switch (action) {
                case "--restore" -> time.restore();
                case "--advance" -> {
                    List<ServiceClock> moved = time.advanceDays(days);
                    log.info("Business clock: MOVED FORWARD {} days on {} service(s)", days, moved.size());
                    yield moved;
                }
                default -> time.clocks();
            };
            clocks.forEach(clock -> log.info("Business clock: {} {} China time ({} days ahead of the real clock)",
                    clock.service().getAuthority(), clock.now().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .toLocalDateTime().withNano(0), clock.offset().toDays()));
        } catch (ApiProblemException e) {
            log.error("Stopped: {} {} was refused with {}; problem: {}", e.method(), e.path(), e.status(), e.body());
            System.exit(1);
        } catch (JsonHttp.ServiceUnavailableException | IllegalArgumentException | IllegalStateException
                 | UncheckedIOException e) {
            log.error("Stopped: {}", e.getMessage());
            System.exit(1);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Option " + option + " needs a value");
        }
        return args[i];
    }

    private ServiceClock read(URI service, Map<String, String> headers) {
        try {
            JsonNode body = http.send("GET", URI.create(service + PATH), null, headers).body();
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

package io.jiandang.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Demo update cycles through the reporting service's public API, as the region information officer: the previous
 * quarter's cycle (季度小更新) opened and closed (its snapshot frozen), the current quarter's opened. Run again, it
 * leaves existing cycles alone (409 answers are expected then).
 *
 * <pre>java -cp ... io.jiandang.demo.DemoUpdateCycles [--reporting http://127.0.0.1:8085] [--issuer http://127.0.0.1:9000]</pre>
 */
public final class DemoUpdateCycles {

    private static final Logger log = LoggerFactory.getLogger(DemoUpdateCycles.class);
    private static final String REGION_OFFICER = "region-officer";

    private final JsonHttp http;
    private final Tokens tokens;
    private final URI reporting;

    public DemoUpdateCycles(JsonHttp http, Tokens tokens, URI reporting) {
        this.http = http;
        this.tokens = tokens;
        this.reporting = reporting;
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--reporting", "http://127.0.0.1:8085", "--issuer", "http://127.0.0.1:9000"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        JsonHttp http = JsonHttp.standard(new ObjectMapper());
        Tokens tokens = new Tokens(http, URI.create(options.get("--issuer")), "demo", Clock.systemUTC());
        new DemoUpdateCycles(http, tokens, URI.create(options.get("--reporting")))
                .load(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    /** Closes the quarter before {@code today}'s and opens {@code today}'s. */
    public void load(LocalDate today) {
        LocalDate currentStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        LocalDate previousStart = currentStart.minusMonths(3);
        String previous = quarter(previousStart);
        String current = quarter(currentStart);
        open(previous, previousStart);
        JsonHttp.Response closed = http.send("POST", reporting.resolve("/api/update-cycles/" + previous + "/close"), null, auth());
        log.info("Update cycle {} closed: HTTP {}{}", previous, closed.status(),
                closed.status() == 200 ? " (snapshot " + closed.body().path("snapshot").path("hash").asText() + ")" : "");
        open(current, currentStart);
    }

    private void open(String period, LocalDate start) {
        Map<String, Object> body = Map.of("kind", "QUARTERLY", "period", period, "deadlines", Map.of(
                "VILLAGE", start.plusMonths(2).plusDays(19).toString(),
                "TOWNSHIP", start.plusMonths(2).plusDays(24).toString(),
                "COUNTY", start.plusMonths(3).minusDays(1).toString()));
        JsonHttp.Response opened = http.send("POST", reporting.resolve("/api/update-cycles"), body, auth());
        log.info("Update cycle {} opened: HTTP {}", period, opened.status());
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", tokens.authorizationFor(REGION_OFFICER));
    }

    private static String quarter(LocalDate start) {
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}

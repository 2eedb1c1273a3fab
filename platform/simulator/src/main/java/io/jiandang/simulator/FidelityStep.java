package io.jiandang.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiandang.demo.JsonHttp;
import io.jiandang.demo.Tokens;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fidelity check of a simulated year: the reporting service's figures of the region for the year (period = the
 * year, as at 31 December, as known now; for the baseline year 2013 its poor people only; {@code GET /api/statistics}, as the region's information officer) against
 * Table 1 at the simulation's scale ({@link TableOneComparison}). It keeps every year's rows for the summary.
 */
public final class FidelityStep implements YearStep {

    static final String REGION = "450000";
    static final String REGION_OFFICER = "officer-region-" + REGION;

    private final JsonHttp http;
    private final Tokens tokens;
    private final String base;
    private final int scale;
    private final List<TableOneComparison.Row> rows = new ArrayList<>();
    private final Duration wait;

    public FidelityStep(JsonHttp http, Tokens tokens, URI reporting, int scale) {
        this(http, tokens, reporting, scale, Work.READ_MODEL_WAIT);
    }

    /** @param wait how long to ask again while reporting's figures are not (yet) within rounding */
    public FidelityStep(JsonHttp http, Tokens tokens, URI reporting, int scale, Duration wait) {
        this.wait = wait;
        this.http = http;
        this.tokens = tokens;
        String text = reporting.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.scale = scale;
    }

    @Override
    public String name() {
        return "fidelity";
    }

    @Override
    public StepResult run(SimulationContext context, int year) {
        // reporting takes a moment to see the year's last events: ask again until the figures hold or time is up
        long deadline = System.nanoTime() + wait.toNanos();
        TableOneComparison.Reported reported;
        List<TableOneComparison.Row> compared;
        while (true) {
            reported = reported(year, ask(year).path("division"));
            compared = year < GuangxiReport.FIRST_YEAR
                    ? TableOneComparison.compareBaseline(scale, year, reported.poorPeople())
                    : TableOneComparison.compare(scale, reported);
            if (TableOneComparison.allWithinRounding(compared) || caughtUp(reported, context.population(), year)
                    || System.nanoTime() > deadline) {
                break;
            }
            Work.pause();
        }
        rows.addAll(compared);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("figuresWithinRounding", compared.stream().filter(TableOneComparison.Row::withinRounding).count());
        counts.put("figuresCompared", (long) compared.size());
        boolean within = TableOneComparison.allWithinRounding(compared);
        return new StepResult(name(), year, within ? StepResult.Status.DONE : StepResult.Status.FAILED, counts,
                "reporting " + describe(reported) + (within ? "; Table 1 reproduced within rounding"
                        : "; Table 1 NOT reproduced within rounding (see the comparison table)"));
    }

    /**
     * The region's statistics of the year as known now. {@code knownAt} is sent as the real time: recording times
     * are real while the business clock of a historical stack is years behind (ADR 0010). Reporting's default
     * "known at" is the recording (system) time as well; sending it keeps the check explicit about what it compares.
     */
    private JsonNode ask(int year) {
        URI uri = URI.create(base + "/api/statistics?division=" + REGION + "&period=" + year + "&knownAt="
                + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return http.send("GET", uri, null, Map.of("Authorization", tokens.authorizationFor(REGION_OFFICER))).body();
    }

    /**
     * Whether reporting shows what the simulation did in the year (its poor people at the year's end, and for the
     * exit years its exits): then waiting longer changes nothing, whether or not that is Table 1 within rounding (at
     * a small scale the households' sizes may not add up to Table 1's figure).
     */
    static boolean caughtUp(TableOneComparison.Reported reported, Population population, int year) {
        boolean poor = reported.poorPeople() != null && reported.poorPeople() == population.poorPeopleAtEndOf(year);
        boolean exits = year < GuangxiReport.FIRST_YEAR
                || reported.exitPeople() != null && reported.exitPeople() == population.exitingPeople(year);
        return poor && exits;
    }

    /** Every year's rows so far, in order. */
    public List<TableOneComparison.Row> rows() {
        return List.copyOf(rows);
    }

    /** Reporting's division row: incidence and reduction speed are fractions with 4 decimals, null when withheld. */
    static TableOneComparison.Reported reported(int year, JsonNode division) {
        return new TableOneComparison.Reported(year, integer(division.path("poorPeople")),
                percent(division.path("incidence")), integer(division.path("exitPeople")),
                percent(division.path("reductionSpeed")));
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static Double percent(JsonNode node) {
        return node.isNumber() ? node.asDouble() * 100.0 : null;
    }

    private static String describe(TableOneComparison.Reported r) {
        return "poor " + r.poorPeople() + ", incidence " + percentText(r.incidencePercent()) + ", exits " + r.exitPeople()
                + ", reduction speed " + percentText(r.reductionSpeedPercent());
    }

    /** Two decimals, as Table 1 is read (the fraction * 100 carries binary noise: 14.829999999999998). */
    static String percentText(Double percent) {
        return percent == null ? "none" : String.format(java.util.Locale.ROOT, "%.2f%%", percent);
    }
}

package io.jiandang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes docs/benchmarks.md from the files bench/run left in bench/target/results: the machine, the settings,
 * the date, every figure measured, each target met or missed, and TODO sections for what cannot be measured yet.
 * Only measured figures are written; a figure that is missing is written as "not measured".
 */
public final class BenchReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path results;
    private final StringBuilder md = new StringBuilder();

    private BenchReport(Path results) {
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        var options = Args.parse(args);
        Path results = Path.of(options.getOrDefault("results", "bench/target/results"));
        Path out = Path.of(options.getOrDefault("out", "docs/benchmarks.md"));
        String text = new BenchReport(results).write(options.containsKey("analysis")
                ? Path.of(options.get("analysis")) : results.resolve("../../analysis.md").normalize());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    private String write(Path analysis) throws IOException {
        Properties machine = properties("machine.properties");
        Properties startup = properties("startup.properties");
        Properties idle = properties("rss-idle.properties");
        Properties loaded = properties("rss-loaded.properties");
        Properties simulation = properties("simulation.properties");
        JsonNode load = json("registration-load.json");
        JsonNode raw = json("raw-limits.json");
        JsonNode jmh = json("jmh.json");
        JsonNode readSide = json("read-side.json");
        JsonNode c64 = level(load, 64);
        boolean quick = "1".equals(machine.getProperty("quick"));

        line("# Benchmarks");
        line("");
        line("Written by `bench/run` on " + machine.getProperty("date", "?") + " (commit " + machine.getProperty("commit", "?")
                + "); the raw results are in `bench/target/results/` after a run. Re-run with `bench/run`; "
                + "do not edit the figures by hand.");
        line("");
        if (quick) {
            line("> **Quick run (`--quick`)**: small counts for checking the suite itself; the figures are not the "
                    + "suite's.");
            line("");
        }
        line("> **The machine was loaded.** This run shared its 2 cores with parallel builds and tests of other "
                + "engineers (load average " + machine.getProperty("loadAverageAtStart", "?") + " at the start, "
                + machine.getProperty("loadAverageAtEnd", "?") + " at the end; "
                + machine.getProperty("otherJavaProcessesAtStart", "?") + " Java processes running when it started). "
                + "Every figure below is a lower bound for this hardware; the lead re-runs the suite on a quiet machine."
                + (machine.getProperty("note", "").isBlank() ? "" : " Note: " + machine.getProperty("note")));
        line("");

        line("## Machine and settings");
        line("");
        line("| what | value |");
        line("|---|---|");
        line("| CPU | " + machine.getProperty("cpuModel", "?") + ", `nproc` = " + machine.getProperty("nproc", "?") + " |");
        line("| memory | " + gib(machine.getProperty("memTotalKiB")) + " GiB |");
        line("| Java | " + machine.getProperty("java", "?") + " |");
        line("| stack | `deploy/local/up --no-build --no-demo` under its own JIANDANG_HOME: Kafka 3.9.1 (KRaft, one "
                + "node, 3 partitions per topic), embedded PostgreSQL, mongo-java-server (H2 MVStore), identity "
                + "provider and the six services (registration, relapse, assistance, exit, reporting, audit; -Xmx384m "
                + "-XX:+UseSerialGC each, the C1 compiler alone except registration, whose throughput (1) is "
                + "measured), services on ports 38081–38086 |");
        line("| load driver | `io.jiandang.bench.RegistrationLoad`: Java HttpClient, township officers' tokens fetched "
                + "before each level, 200 warm-up requests, households from the simulator at 1:100 (valid ID numbers, "
                + "real villages) |");
        line("| suite | simulation at 1:" + machine.getProperty("scale", "?") + ", whole suite "
                + machine.getProperty("suiteSeconds", "?") + " s |");
        line("");

        line("## Targets");
        line("");
        line("| # | target (issue 8) | measured | met? | what limits it, what would lift it |");
        line("|---|---|---|---|---|");
        double rate64 = c64.path("commandsPerSecond").asDouble(Double.NaN);
        double p99 = c64.path("httpMillis").path("p99").asDouble(Double.NaN);
        double kafkaP99 = c64.path("untilOnKafkaMillis").path("p99").asDouble(Double.NaN);
        line("| 1 | registration commands ≥ 1,000/s with p99 < 100 ms at concurrency 64 | " + fmt(rate64) + " commands/s, "
                + "HTTP p99 " + fmt(p99) + " ms, until on Kafka p99 " + fmt(kafkaP99) + " ms | "
                + metOrMissed(rate64 >= 1000 && p99 < 100, Double.isNaN(rate64)) + " | " + why(rate64 >= 1000 && p99 < 100,
                "CPU of a loaded 2-core machine; per-command JSON, JWT and validation work; the projection in the "
                + "same JVM; one publisher thread — see the Analysis") + " |");
        line("| 2 | the same work against the raw limits (ratios, no target) | see (2) | — | — |");
        JsonNode rebuild = readSide.path("rebuild");
        double rebuildRate = num(rebuild.path("eventsPerSecond"));
        double rawRebuildRate = num(rebuild.path("raw").path("eventsPerSecond"));
        boolean rebuildMet = rebuildRate >= 0.5 * rawRebuildRate && rebuildRate >= 50_000;
        line("| 3 | rebuild ≥ 50% of raw consume-and-upsert, ≥ 50,000 events/s where the store allows | "
                + (Double.isNaN(rebuildRate) ? notMeasured(rebuild) : fmt(rebuildRate) + " events/s = "
                + ratio(rebuildRate, rawRebuildRate) + " of raw " + fmt(rawRebuildRate) + " events/s") + " | "
                + metOrMissed(rebuildMet, Double.isNaN(rebuildRate))
                + (!Double.isNaN(rebuildRate) && rebuildRate >= 0.5 * rawRebuildRate ? " (≥ 50% of raw: met)" : "") + " | "
                + why(rebuildMet, "the store: mongo-java-server (H2 MVStore, one writer) takes about 1,000 upserts/s "
                + "(see (2)), so 50,000 events/s is out of its reach whatever the rebuild does; against raw, the "
                + "rebuild reads each household's view and ledger entry per event (round trips) where the raw path "
                + "only writes — see (3)") + " |");
        JsonNode fresh = readSide.path("freshness");
        double freshP95 = num(fresh.path("p95Millis"));
        boolean freshMet = freshP95 < 1000 && fresh.path("notSeen").asInt(1) == 0;
        line("| 4 | dashboard freshness p95 < 1 s at 150 events/s | "
                + (Double.isNaN(freshP95) ? notMeasured(fresh) : "p50 " + fmt(num(fresh.path("p50Millis"))) + " ms, p95 "
                + fmt(freshP95) + " ms at " + fmt(num(fresh.path("achievedEventsPerSecond"))) + " events/s ("
                + fresh.path("samples").asText("?") + " samples)") + " | "
                + metOrMissed(freshMet, Double.isNaN(freshP95)) + " | "
                + why(freshMet, "the register projection's per-event round trips to mongo-java-server and the "
                + "statistics query recomputed for each push (every 250 ms) on a loaded 2-core machine — see (4)") + " |");
        JsonNode asOf = json("read-side-asof.json").path("asOf");
        double asOfP95 = num(asOf.path("p95Millis"));
        double asOfP50 = num(asOf.path("p50Millis"));
        boolean asOfMet = asOfP95 < 50;
        line("| 5 | as-of reconstruction of a household with 500 events < 50 ms | "
                + (Double.isNaN(asOfP95) ? notMeasured(asOf) : "p50 " + fmt(asOfP50) + " ms, p95 " + fmt(asOfP95) + " ms")
                + " | " + metOrMissed(asOfMet, Double.isNaN(asOfP95))
                + (!asOfMet && asOfP50 < 50 ? " (p50 met)" : "") + " | "
                + why(asOfMet, "reading the household's 500 facts from the audit log and folding them on every call, "
                + "plus recording the audit query itself, on a loaded machine — see (5)") + " |");
        double up = Double.parseDouble(startup.getProperty("upSeconds", "NaN"));
        double rssGiB = kib(idle.getProperty("rssKiB.total")) / 1024 / 1024;
        double rssLoadedGiB = kib(loaded.getProperty("rssKiB.total")) / 1024 / 1024;
        line("| 6 | local stack up in < 120 s within 6 GiB | up in " + fmt(up) + " s; resident " + fmt2(rssGiB)
                + " GiB idle, " + fmt2(rssLoadedGiB) + " GiB after the load (six services) | "
                + metOrMissed(up < 120 && rssGiB < 6 && rssLoadedGiB < 6, Double.isNaN(up)) + " | "
                + why(up < 120 && rssGiB < 6 && rssLoadedGiB < 6, "the identity provider, then six Boot JVMs started side "
                + "by side on 2 shared cores, each short of CPU — see the Analysis") + " |");
        line("");

        line("## (1) Registration commands over HTTP, until the event is on Kafka");
        line("");
        line("Command: `POST /api/households` (a survey: the household aggregate decides, its `HouseholdSurveyed` is "
                + "stored in PostgreSQL, the `kafka-publisher` tracking processor sends it to `registration.events` "
                + "with acks=all). \"Until on Kafka\" is from sending the request to a consumer of "
                + "`registration.events` receiving the record keyed by the household id the answer named.");
        line("");
        line("| concurrency | requests | errors | commands/s | HTTP p50 | HTTP p99 | until on Kafka p50 | until on Kafka p99 | events on Kafka/s | not seen on Kafka |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (JsonNode level : load.path("levels")) {
            line("| " + level.path("concurrency").asInt() + " | " + level.path("requests").asInt() + " | "
                    + level.path("errors").asLong() + " | " + fmt(level.path("commandsPerSecond").asDouble()) + " | "
                    + ms(level.path("httpMillis").path("p50")) + " | " + ms(level.path("httpMillis").path("p99")) + " | "
                    + ms(level.path("untilOnKafkaMillis").path("p50")) + " | " + ms(level.path("untilOnKafkaMillis").path("p99"))
                    + " | " + fmt(level.path("eventsOnKafkaPerSecond").asDouble()) + " | "
                    + level.path("eventsNotSeenOnKafka").asInt() + " |");
        }
        if (load.isMissingNode()) {
            line("| not measured (the load driver failed: see bench/target/results/registration-load.log) |||||||||| ");
        }
        line("");

        line("## (2) Raw limits of the same servers, and the ratios");
        line("");
        double producer = raw.path("kafkaProducer").path("recordsPerSecond").asDouble(Double.NaN);
        double consumer = raw.path("kafkaConsumer").path("recordsPerSecond").asDouble(Double.NaN);
        double jdbc = raw.path("jdbcBatchedInserts").path("rowsPerSecond").asDouble(Double.NaN);
        double mongo = raw.path("mongoBulkUpserts").path("upsertsPerSecond").asDouble(Double.NaN);
        double best = bestRate(load);
        line("Each registration command writes one event (one row of Axon's event table plus its fingerprint and "
                + "vault rows), sends one Kafka record and leads to one read-model upsert. The ratio is the best "
                + "registration rate above (" + fmt(best) + " commands/s) over the raw rate.");
        line("");
        line("| raw path | how | rate | registration / raw |");
        line("|---|---|---|---|");
        line("| Kafka produce | " + raw.path("kafkaProducer").path("tool").asText("?") + "; "
                + raw.path("kafkaProducer").path("records").asText("?") + " records of "
                + raw.path("kafkaProducer").path("recordBytes").asText("?") + " B; p50 "
                + ms(raw.path("kafkaProducer").path("p50Millis")) + " ms, p99 " + ms(raw.path("kafkaProducer").path("p99Millis"))
                + " ms | " + fmt(producer) + " records/s | " + ratio(best, producer) + " |");
        line("| Kafka consume | " + raw.path("kafkaConsumer").path("tool").asText("?") + "; "
                + raw.path("kafkaConsumer").path("records").asText("?") + " records | " + fmt(consumer) + " records/s | "
                + ratio(best, consumer) + " |");
        line("| PostgreSQL batched inserts | JDBC, rows like Axon's event entries ("
                + raw.path("jdbcBatchedInserts").path("rowBytes").asText("?") + " B), "
                + raw.path("jdbcBatchedInserts").path("batchSize").asText("?") + " per batch and commit, "
                + raw.path("jdbcBatchedInserts").path("rows").asText("?") + " rows | " + fmt(jdbc) + " rows/s | "
                + ratio(best, jdbc) + " |");
        line("| MongoDB bulk upserts | replace-by-_id upserts of household-view documents, "
                + raw.path("mongoBulkUpserts").path("batchSize").asText("?") + " per unordered bulk write, "
                + raw.path("mongoBulkUpserts").path("documents").asText("?") + " documents | " + fmt(mongo)
                + " upserts/s | " + ratio(best, mongo) + " |");
        line("");

        line("## (3) Read-model rebuild from Kafka");
        line("");
        line("`POST /api/read-models/register/rebuild` as the region's information officer (`officer-region-450000`), "
                + "then `GET` of its progress every 250 ms until DONE. The rebuild reads `registration.events`, "
                + "`exit.events`, `relapse.events` and `assistance.events` from their beginning (everything the "
                + "simulation, the load of (1) and the read-side benchmarks below put there) into the next version of "
                + "the register, through the ProjectionLedger and the register projection, then switches to it. Its "
                + "rate is processed records / (finishedAt − startedAt) of the service's own progress. The raw "
                + "consume-and-upsert is measured right after in the same run: one plain Kafka consumer over the same "
                + "topics from their beginning, each record upserted by household (replace by `_id`, unordered bulk "
                + "writes of 1000) into a scratch database of the same MongoDB server.");
        line("");
        line("| path | records | seconds | events/s |");
        line("|---|---|---|---|");
        line("| register rebuild (reporting-service) | " + rebuild.path("processed").asText("—") + " | "
                + fmt(num(rebuild.path("serviceSeconds"))) + " | " + fmt(rebuildRate) + " |");
        line("| raw consume + bulk upsert | " + rebuild.path("raw").path("records").asText("—") + " | "
                + fmt(num(rebuild.path("raw").path("seconds"))) + " (of which Kafka polls "
                + fmt(num(rebuild.path("raw").path("pollSeconds"))) + ") | " + fmt(rawRebuildRate) + " |");
        line("| rebuild / raw | | | " + ratio(rebuildRate, rawRebuildRate) + " |");
        if (rebuild.has("error")) {
            line("");
            line("The rebuild benchmark failed: `" + rebuild.path("error").asText() + "` (see bench/target/results/read-side.log).");
        }
        line("");
        line("## (4) Event-to-dashboard freshness");
        line("");
        line("A client subscribes to reporting's SSE stream `GET /api/live/figures?division=" + fresh.path("division").asText("?")
                + "` (" + fresh.path("divisionName").asText("?") + ", as that county's information officer, with "
                + "the identity provider's token in the Authorization header, as the dashboard does). Meanwhile "
                + "households are produced onto `registration.events` at " + fresh.path("targetEventsPerSecond").asText("?")
                + " events/s for " + fresh.path("seconds").asText("?") + " s (each a `HouseholdSurveyed` then a "
                + "`HouseholdRegistered`, envelopes as registration-service publishes them, in the county's villages). "
                + "Freshness of a household = from its `HouseholdRegistered`'s `ce_time` (stamped just before it is "
                + "sent) to the first dashboard message whose poor-household count includes it. The events are "
                + "produced onto Kafka directly, not sent as officers' commands, because registration's HTTP path does "
                + "not reach 150 commands/s on this machine (see (1)) and a registered household needs the whole "
                + "registration procedure; the service pushes a changed division at most every 250 ms. The events take "
                + "effect on the stack's business date (" + fresh.path("businessDate").asText("?") + ", from "
                + fresh.path("businessClock").asText("?") + ") and the stream shows its quarter (" + fresh.path("period").asText("?")
                + "); they are recorded (`ce_time`) on the business clock too, since the live figures count what was "
                + "recorded by reporting's business \"now\". A sample is a household counted in a push (the k-th "
                + "household produced is taken as counted by the first push showing k more poor households).");
        line("");
        line("| events | achieved events/s | dashboard messages | samples | not seen within 60 s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        line("|---|---|---|---|---|---|---|---|---|");
        line("| " + fresh.path("events").asText("—") + " | " + fmt(num(fresh.path("achievedEventsPerSecond"))) + " | "
                + fresh.path("dashboardMessages").asText("—") + " | " + fresh.path("samples").asText("—") + " | "
                + fresh.path("notSeen").asText("—") + " | "
                + ms(fresh.path("p50Millis")) + " | " + ms(fresh.path("p95Millis")) + " | " + ms(fresh.path("p99Millis"))
                + " | " + ms(fresh.path("maxMillis")) + " |");
        if (fresh.has("projectionBacklogAtFirst")) {
            line("");
            line("Before producing, the bench waited " + fresh.path("waitedForProjectionMillis").asText("?") + " ms for reporting's "
                    + "projection (consumer group `reporting-service.register`) to drain what the earlier parts left: "
                    + fresh.path("projectionBacklogAtFirst").asText("?") + " records behind at first, "
                    + fresh.path("projectionBacklogAtStart").asText("?") + " when producing began.");
        }
        if (fresh.has("notMeasured")) {
            line("");
            line("**" + fresh.path("notMeasured").asText() + ".**");
        }
        if (fresh.has("error")) {
            line("");
            line("The freshness benchmark failed: `" + fresh.path("error").asText() + "` (see bench/target/results/read-side.log).");
        }
        line("");
        line("## (5) As-of reconstruction");
        line("");
        line("One household with " + asOf.path("events").asText("500") + " events on `registration.events` (its "
                + "survey, its registration, then `HouseholdUpdated` income updates tagged with the current update "
                + "cycle, produced onto Kafka like (4)); once audit-service's timeline holds all of them ("
                + fmt(num(asOf.path("secondsUntilAuditRecordedAll"))) + " s after they were produced), "
                + "`GET /api/households/{id}/as-of?date=" + asOf.path("businessDate").asText("?") + "&knownAt=<after they were "
                + "recorded>` (the business date of audit's clock, on which the events take effect; recording times are "
                + "real, so the query names its known-at) is timed " + asOf.path("repeats").asText("?")
                + " times in a row as the region's auditor, after 5 warm-up calls. Each call also records the "
                + "auditor's query in the audit log (the access rule).");
        line("");
        line("| events | repeats | p50 (ms) | p95 (ms) | max (ms) | state status |");
        line("|---|---|---|---|---|---|");
        line("| " + asOf.path("events").asText("—") + " | " + asOf.path("repeats").asText("—") + " | "
                + ms(asOf.path("p50Millis")) + " | " + ms(asOf.path("p95Millis")) + " | " + ms(asOf.path("maxMillis")) + " | "
                + asOf.path("stateStatus").asText("—") + " |");
        if (asOf.has("error")) {
            line("");
            line("The as-of benchmark failed: `" + asOf.path("error").asText() + "` (see bench/target/results/read-side.log).");
        }
        line("");

        line("## (6) Start-up time and resident memory of the local stack");
        line("");
        line("`deploy/local/up --no-build --no-demo` from an empty JIANDANG_HOME to every health check up: **"
                + fmt(up) + " s**. Resident memory (VmRSS of each component's process tree from /proc; PostgreSQL "
                + "counts its server processes):");
        line("");
        line("| component | ready after (s) | RSS idle (MiB) | RSS after the load (MiB) |");
        line("|---|---|---|---|");
        for (String key : idle.stringPropertyNames().stream().sorted().toList()) {
            String name = key.substring("rssKiB.".length());
            if (name.equals("total")) {
                continue;
            }
            line("| " + name + " | " + startup.getProperty("ready." + name, "—") + " | " + mib(idle.getProperty(key))
                    + " | " + mib(loaded.getProperty(key)) + " |");
        }
        line("| **total** | " + fmt(up) + " | " + mib(idle.getProperty("rssKiB.total")) + " | "
                + mib(loaded.getProperty("rssKiB.total")) + " |");
        line("");

        line("## The simulation at 1:" + machine.getProperty("scale", "?"));
        line("");
        line("`bench/simulate --scale " + machine.getProperty("scale", "?") + " --seed 42 --concurrency 16` against the "
                + "same stack: " + simulation.getProperty("seconds", "?") + " s, exit code "
                + simulation.getProperty("exitCode", "?") + " (1 when a step failed, e.g. the fidelity check). Its "
                + "summary (the end-2013 stock registered in 2013, then each year's exits through assistance-service "
                + "and exit-service; Table 1 has no relapses, so relapse-service is sent nothing):");
        line("");
        line("```");
        for (String l : simulationSummary()) {
            line(l);
        }
        line("```");
        line("");
        line("### Fidelity check: reporting's yearly figures against Table 1 at 1:" + machine.getProperty("scale", "?"));
        line("");
        line("After each simulated year the simulator asks reporting-service for the region's figures of that year "
                + "(`GET /api/statistics?division=450000&period=<year>`, as at 31 December, as known now) and compares "
                + "them with Table 1 at the scale (io.jiandang.simulator.TableOneComparison: people ±max(5,000 / scale, "
                + "1), incidence ±0.05 points plus one person's worth, reduction speed within the range the people "
                + "tolerances allow). A figure reporting withholds (small-number disclosure rule) or does not have "
                + "counts as not reproduced.");
        line("");
        for (String l : lines("fidelity.md")) {
            line(l);
        }
        line("");

        line("## Profile of the registration service under the load");
        line("");
        line("async-profiler is not available here; a JFR recording (`settings=profile`) of the registration service "
                + "covered the whole load (`bench/target/results/registration-service.jfr`) and a thread dump was taken "
                + "at its end. CPU samples by package (sampled frames naming it, any depth):");
        line("");
        line("```");
        for (String l : lines("profile-packages.txt")) {
            line(l);
        }
        line("```");
        line("");
        line("Top frames of the CPU samples:");
        line("");
        line("```");
        for (String l : lines("profile-top-frames.txt")) {
            line(l);
        }
        line("```");
        line("");

        line("## JMH: the client side");
        line("");
        line("What the driver itself costs per request, so that the HTTP figures are not the driver's limit.");
        line("");
        line("| benchmark | score | error | unit |");
        line("|---|---|---|---|");
        for (JsonNode b : jmh) {
            String name = b.path("benchmark").asText();
            line("| " + name.substring(name.lastIndexOf('.') + 1) + " | " + fmt(b.path("primaryMetric").path("score").asDouble())
                    + " | ± " + fmt(b.path("primaryMetric").path("scoreError").asDouble()) + " | "
                    + b.path("primaryMetric").path("scoreUnit").asText() + " |");
        }
        line("");

        if (Files.exists(analysis)) {
            md.append(Files.readString(analysis, StandardCharsets.UTF_8));
        }
        return md.toString();
    }

    private List<String> simulationSummary() throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : lines("simulation.log")) {
            if (l.contains("Population at") || l.matches(".*\\b201[456]\\b (registration|exits|relapses|fidelity):.*")
                    || l.contains("Simulation of") || l.contains("Stopped") || l.matches(".*  201[456]: exits.*")
                    || l.contains("(report ")) {
                out.add(l.length() > 400 ? l.substring(0, 400) + " …" : l);
            }
        }
        return out;
    }

    private static JsonNode level(JsonNode load, int concurrency) {
        for (JsonNode level : load.path("levels")) {
            if (level.path("concurrency").asInt() == concurrency) {
                return level;
            }
        }
        return MissingNode.getInstance();
    }

    private static double bestRate(JsonNode load) {
        double best = Double.NaN;
        for (JsonNode level : load.path("levels")) {
            double rate = level.path("commandsPerSecond").asDouble(Double.NaN);
            if (Double.isNaN(best) || rate > best) {
                best = rate;
            }
        }
        return best;
    }

    private static String why(boolean met, String limits) {
        return met ? "—" : limits;
    }

    private static String metOrMissed(boolean met, boolean unknown) {
        return unknown ? "not measured" : met ? "**met**" : "**missed**";
    }

    private static String ratio(double part, double whole) {
        if (Double.isNaN(part) || Double.isNaN(whole) || whole <= 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * part / whole);
    }

    private static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double num(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static String notMeasured(JsonNode part) {
        return part.has("error") ? "failed: " + part.path("error").asText().replace("|", "/") : "not measured";
    }

    private static String fmt2(double value) {
        return Double.isNaN(value) ? "not measured" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ms(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "—" : fmt(node.asDouble());
    }

    private static double kib(String value) {
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private static String mib(String kib) {
        return kib == null ? "—" : String.format(Locale.ROOT, "%.0f", Double.parseDouble(kib) / 1024);
    }

    private static String gib(String kib) {
        return kib == null ? "?" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(kib) / 1024 / 1024);
    }

    private Properties properties(String name) throws IOException {
        Properties p = new Properties();
        Path file = results.resolve(name);
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return p;
    }

    private JsonNode json(String name) throws IOException {
        Path file = results.resolve(name);
        return Files.exists(file) ? MAPPER.readTree(file.toFile()) : MissingNode.getInstance();
    }

    private List<String> lines(String name) throws IOException {
        Path file = results.resolve(name);
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of("(not recorded)");
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}

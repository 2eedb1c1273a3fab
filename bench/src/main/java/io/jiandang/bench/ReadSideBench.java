package io.jiandang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.jiandang.demo.JsonHttp;
import io.jiandang.demo.Tokens;
import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The read side of the benchmark suite (issue 8, items 3–5), against a running stack:
 * <ol>
 *   <li><b>freshness</b>: a client subscribed to reporting's SSE stream {@code /api/live/figures} of a county, while
 *       registration events ({@code HouseholdSurveyed} then {@code HouseholdRegistered}, as registration publishes
 *       them) are produced onto {@code registration.events} at a fixed rate; the freshness of the k-th household is
 *       the time from its {@code HouseholdRegistered}'s {@code ce_time} (stamped just before it is sent) to the
 *       first dashboard message whose poor-household count includes it;</li>
 *   <li><b>as-of</b>: one household with N events (survey, registration, then N−2 {@code HouseholdUpdated} of the
 *       update cycle) produced the same way; once audit-service's timeline holds all N, {@code GET
 *       /api/households/{id}/as-of} is timed over repeats, as an auditor;</li>
 *   <li><b>rebuild</b>: {@code POST /api/read-models/register/rebuild} as the region's information officer, its
 *       progress polled until DONE (events/s = processed / (finishedAt − startedAt)); then the raw consume-and-upsert
 *       rate of the same records: one Kafka consumer over the same topics from their beginning, each record upserted
 *       (replace by household, unordered bulk of 1000) into a scratch database of the same MongoDB server.</li>
 * </ol>
 * Items 1 and 2 produce onto Kafka directly instead of sending officers' commands: registration's HTTP path does not
 * reach 150 commands/s on this machine (see (1)) and a registered household needs the whole registration procedure;
 * what is measured is the read side (projection, statistics, SSE; audit's replay). Arguments: {@code --kafka
 * --mongo-uri --issuer --reporting --audit --out [--rate 150] [--seconds 60] [--asof-events 500] [--asof-repeats 50]
 * [--asof-wait-seconds 600] [--skip freshness,asof,rebuild] [--real-today]}.
 * <p>
 * <b>Dates.</b> The events are dated from the stack's business clock ({@link BusinessDate}: {@code GET
 * /api/demo-clock} of the service that reads them), not from the real calendar: a bench stack runs its business
 * clocks years back (ADR 0010), and reporting places a fact in a period by its {@code effectiveOn}. A stack without
 * an adjustable clock has no {@code /api/demo-clock}: the bench then stops, unless {@code --real-today} says to date
 * the events from the real date, which the output then says.
 */
public final class ReadSideBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = List.of("registration.events", "exit.events", "relapse.events", "assistance.events");

    private final String kafka;
    private final String mongoUri;
    private final URI reporting;
    private final URI audit;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final boolean realToday;

    ReadSideBench(String kafka, String mongoUri, URI issuer, URI reporting, URI audit, boolean realToday) {
        this.realToday = realToday;
        this.kafka = kafka;
        this.mongoUri = mongoUri;
        this.reporting = reporting;
        this.audit = audit;
        this.tokens = new Tokens(JsonHttp.standard(JSON), issuer, "demo", Clock.systemUTC());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Args.parse(args);
        ReadSideBench bench = new ReadSideBench(o.getOrDefault("kafka", "127.0.0.1:9092"),
                o.getOrDefault("mongo-uri", "mongodb://127.0.0.1:27017"), URI.create(o.getOrDefault("issuer", "http://127.0.0.1:9000")),
                URI.create(o.getOrDefault("reporting", "http://127.0.0.1:8085")), URI.create(o.getOrDefault("audit", "http://127.0.0.1:8086")),
                Boolean.parseBoolean(o.getOrDefault("real-today", "false")));
        String skip = o.getOrDefault("skip", "");
        ObjectNode out = JSON.createObjectNode();
        File file = new File(o.getOrDefault("out", "bench/target/results/read-side.json"));
        if (!skip.contains("freshness")) {
            out.set("freshness", guarded(() -> bench.freshness(Integer.parseInt(o.getOrDefault("rate", "150")),
                    Integer.parseInt(o.getOrDefault("seconds", "60")))));
            JSON.writerWithDefaultPrettyPrinter().writeValue(file, out);   // kept if a later part is stopped
        }
        if (!skip.contains("asof")) {
            out.set("asOf", guarded(() -> bench.asOf(Integer.parseInt(o.getOrDefault("asof-events", "500")),
                    Integer.parseInt(o.getOrDefault("asof-repeats", "50")), Integer.parseInt(o.getOrDefault("asof-wait-seconds", "600")))));
            JSON.writerWithDefaultPrettyPrinter().writeValue(file, out);
        }
        if (!skip.contains("rebuild")) {
            out.set("rebuild", guarded(bench::rebuild));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file, out);
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        if (out.has("freshness")) {
            System.out.println(freshnessLine(out.get("freshness")));
        }
        System.exit(0);   // the SSE stream's client threads would keep the JVM alive
    }

    interface Part {
        ObjectNode run() throws Exception;
    }

    /** A part that fails is reported with its error and the others still run. */
    static ObjectNode guarded(Part part) {
        try {
            return part.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            ObjectNode failed = JSON.createObjectNode();
            failed.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return failed;
        }
    }

    // --- (4) freshness ---------------------------------------------------------------------------------------------

    /** A dashboard message: when it arrived and its poor-household count ({@code null} when withheld as 1–4). */
    record Seen(long atMillis, Integer poorHouseholds) {
    }

    /** One SSE subscription to a county's live figures, and the messages it received. */
    private record LiveStream(Division county, List<Seen> seen, CompletableFuture<Void> stream) {

        Integer base() {
            return seen.isEmpty() ? null : seen.get(0).poorHouseholds();
        }

        int last() {
            for (int i = seen.size() - 1; i >= 0; i--) {
                if (seen.get(i).poorHouseholds() != null) {
                    return seen.get(i).poorHouseholds();
                }
            }
            return -1;
        }
    }

    ObjectNode freshness(int eventsPerSecond, int seconds) throws Exception {
        // the parts before (simulation, registration load) leave reporting's live projection a backlog: measured from
        // a standing start, freshness would time the draining of that backlog, not an event's way to the dashboard
        long[] backlog = awaitCaughtUp(REPORTING_GROUP, Duration.ofMinutes(5));
        BusinessDate business = businessDate(reporting, "reporting-service");
        String period = business.quarter();
        DivisionCatalogue catalogue = DivisionCatalogue.guangxi();
        // a county whose first message publishes its poor-household count: a count of 1–4 is withheld (statistical
        // disclosure control), and the households the bench adds can only be counted from a known base
        LiveStream live = null;
        for (Division county : catalogue.children("451200")) {
            LiveStream candidate = subscribe(county, period);
            if (candidate.base() != null) {
                live = candidate;
                break;
            }
            candidate.stream().cancel(true);
        }
        if (live == null) {
            throw new IllegalStateException("every county of 451200 withholds its poor-household count (1–4) in " + period
                    + ": no base to count the bench's households from");
        }
        Division county = live.county();
        List<Division> villages = catalogue.villagesWithin(county.code());
        List<Seen> seen = live.seen();
        int base = live.base();
        int households = eventsPerSecond * seconds / 2;
        long[] sentAt = new long[households];
        long intervalNanos = 1_000_000_000L * 2 / eventsPerSecond;   // two events per household
        try (KafkaProducer<String, byte[]> producer = producer()) {
            long start = System.nanoTime();
            for (int k = 0; k < households; k++) {
                long due = start + k * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String household = UUID.randomUUID().toString();
                String village = villages.get(k % villages.size()).code();
                EventEnvelope[] events = dashboardHousehold(household, village, 3, business, Instant.now());
                producer.send(EventEnvelopeCodec.toRecord("registration.events", events[0]));
                sentAt[k] = System.currentTimeMillis();
                producer.send(EventEnvelopeCodec.toRecord("registration.events", events[1]));
            }
            producer.flush();
            double achieved = households * 2 / ((System.nanoTime() - start) / 1e9);
            long deadline = System.currentTimeMillis() + 60_000;
            while (live.last() < base + households && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            live.stream().cancel(true);
            List<Double> latencies = new ArrayList<>();
            List<Seen> messages = List.copyOf(seen);
            for (int k = 0; k < households; k++) {
                long at = firstAtLeast(messages, base + k + 1, sentAt[k]);
                if (at >= 0) {
                    latencies.add((double) (at - sentAt[k]));
                }
            }
            ObjectNode result = JSON.createObjectNode();
            result.put("division", county.code());
            result.put("divisionName", county.name());
            result.put("businessDate", business.today().toString());
            result.put("businessClock", business.source());
            result.put("period", period);
            result.put("targetEventsPerSecond", eventsPerSecond);
            result.put("achievedEventsPerSecond", achieved);
            result.put("seconds", seconds);
            result.put("households", households);
            result.put("events", households * 2);
            result.put("poorHouseholdsBefore", base);
            result.put("projectionBacklogAtFirst", backlog[0]);
            result.put("projectionBacklogAtStart", backlog[1]);
            result.put("waitedForProjectionMillis", backlog[2]);
            result.put("poorHouseholdsLastPushed", live.last());
            result.put("dashboardMessages", messages.size() - 1);
            summarise(latencies, households, result);
            if (live.last() > base + households) {
                result.put("warning", "the county's count rose by " + (live.last() - base) + ", more than the " + households
                        + " households produced: something else registered households there during the run");
            }
            return result;
        }
    }

    private LiveStream subscribe(Division county, String period) throws Exception {
        String officer = "officer-county-" + county.code();
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HttpRequest subscribe = HttpRequest.newBuilder(reporting.resolve("/api/live/figures?division=" + county.code() + "&period=" + period))
                .header("Authorization", tokens.authorizationFor(officer)).header("Accept", "text/event-stream").GET().build();
        CompletableFuture<Void> stream = http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SSE subscription to " + county.code() + " answered " + response.statusCode());
            }
            response.body().filter(line -> line.startsWith("data:")).forEach(line -> {
                long now = System.currentTimeMillis();
                try {
                    seen.add(new Seen(now, poorHouseholds(JSON.readTree(line.substring(5)))));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        });
        long waitFirst = System.currentTimeMillis() + 30_000;
        while (seen.isEmpty() && System.currentTimeMillis() < waitFirst) {
            if (stream.isCompletedExceptionally()) {
                stream.join();
            }
            Thread.sleep(100);
        }
        if (seen.isEmpty()) {
            throw new IllegalStateException("no first message from the SSE stream of " + county.code() + " within 30 s");
        }
        return new LiveStream(county, seen, stream);
    }

    /** The division's poor-household count of a pushed message; {@code null} when withheld (1–4) or absent. */
    static Integer poorHouseholds(JsonNode figures) {
        JsonNode value = figures.path("division").path("poorHouseholds");
        return value.isNumber() ? value.asInt() : null;
    }

    /**
     * A household for the dashboard: its {@code HouseholdSurveyed} and {@code HouseholdRegistered}, in effect from the
     * business date, so reporting places them in the period its dashboard shows. Their {@code ce_time} is the
     * business instant too: the live dashboard counts what was recorded by "now" on reporting's business clock (its
     * default "known at"), so an event stamped with the real time of a historical stack (years after that clock)
     * would never be counted. The real send time is kept apart by the caller and freshness measured from it.
     */
    static EventEnvelope[] dashboardHousehold(String household, String village, int people, BusinessDate business, Instant real) {
        Instant recorded = business.at(real);
        return new EventEnvelope[]{surveyed(household, village, people, recorded, business.today()),
                registered(household, village, people, recorded, business.today())};
    }

    /**
     * The k-th household is taken as counted by the first message showing at least {@code base + k + 1} poor
     * households, not before its event was sent; -1 if never. A household cannot be told apart in the figures, so
     * this reads the k-th completion as the k-th household's; withheld counts ({@code null}) are skipped.
     */
    static long firstAtLeast(List<Seen> messages, int count, long notBefore) {
        for (Seen s : messages) {
            if (s.poorHouseholds() != null && s.poorHouseholds() >= count) {
                return Math.max(s.atMillis(), notBefore);
            }
        }
        return -1;
    }

    /**
     * Puts the samples, the households not seen and the percentiles into the result. With no sample the
     * percentiles are absent (not 0 ms, not NaN) and {@code notMeasured} says why.
     */
    static void summarise(List<Double> latencies, int households, ObjectNode result) {
        result.put("samples", latencies.size());
        result.put("notSeen", households - latencies.size());
        if (latencies.isEmpty()) {
            result.putNull("p50Millis");
            result.putNull("p95Millis");
            result.putNull("p99Millis");
            result.putNull("maxMillis");
            result.put("notMeasured", "NO SAMPLES: none of the " + households + " households produced was counted in a "
                    + "dashboard push within 60 s of the last one; freshness was NOT measured");
            return;
        }
        result.put("p50Millis", pct(latencies, 50));
        result.put("p95Millis", pct(latencies, 95));
        result.put("p99Millis", pct(latencies, 99));
        result.put("maxMillis", latencies.stream().mapToDouble(d -> d).max().orElseThrow());
    }

    /** The one line the bench prints about freshness. */
    static String freshnessLine(JsonNode fresh) {
        if (fresh.has("error")) {
            return "FRESHNESS NOT MEASURED: " + fresh.path("error").asText();
        }
        if (fresh.path("samples").asInt(0) == 0) {
            return "!!! FRESHNESS NOT MEASURED: " + fresh.path("notMeasured").asText("no samples") + " (period "
                    + fresh.path("period").asText("?") + ", business date " + fresh.path("businessDate").asText("?") + ") !!!";
        }
        return String.format(java.util.Locale.ROOT, "freshness: p50 %.0f ms, p95 %.0f ms over %d samples of %d households "
                        + "(%d not seen), events dated %s (%s), period %s", fresh.path("p50Millis").asDouble(),
                fresh.path("p95Millis").asDouble(), fresh.path("samples").asInt(), fresh.path("households").asInt(),
                fresh.path("notSeen").asInt(), fresh.path("businessDate").asText(), fresh.path("businessClock").asText(),
                fresh.path("period").asText());
    }

    // --- (5) as-of --------------------------------------------------------------------------------------------------

    ObjectNode asOf(int events, int repeats, int waitSeconds) throws Exception {
        DivisionCatalogue catalogue = DivisionCatalogue.guangxi();
        String village = catalogue.villagesWithin(catalogue.children("451200").get(1).code()).get(0).code();
        String household = UUID.randomUUID().toString();
        // business dates from audit's clock; recording times stay real (ADR 0010), so the query names its "known at"
        BusinessDate business = businessDate(audit, "audit-service");
        LocalDate today = business.today();
        String cycle = BusinessDate.quarterOf(today);
        long produced = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(EventEnvelopeCodec.toRecord("registration.events", surveyed(household, village, 4, Instant.now(), today)));
            producer.send(EventEnvelopeCodec.toRecord("registration.events", registered(household, village, 4, Instant.now(), today)));
            for (int seq = 2; seq < events; seq++) {
                producer.send(EventEnvelopeCodec.toRecord("registration.events", updated(household, village, seq, cycle, 2000 + seq, Instant.now(), today)));
            }
            producer.flush();
        }
        String auditor = tokens.authorizationFor("auditor");
        int recorded = 0;
        // audit-service appends to one hash chain with one consumer thread: it may first have to catch up with the
        // events before these (the simulation's), which is not what is measured here
        long deadline = System.currentTimeMillis() + waitSeconds * 1000L;
        while (recorded < events && System.currentTimeMillis() < deadline) {
            HttpResponse<String> timeline = get(audit.resolve("/api/households/" + household + "/timeline"), auditor);
            if (timeline.statusCode() == 200) {
                recorded = JSON.readTree(timeline.body()).path("entries").size();
            }
            if (recorded < events) {
                Thread.sleep(500);
            }
        }
        double recordedSeconds = (System.nanoTime() - produced) / 1e9;
        if (recorded < events) {
            throw new IllegalStateException("audit-service recorded " + recorded + " of " + events + " events of the household within " + waitSeconds + " s");
        }
        URI asOf = audit.resolve(asOfQuery(household, today, Instant.now()));
        for (int i = 0; i < 5; i++) {
            get(asOf, auditor);
        }
        List<Double> millis = new ArrayList<>();
        String status = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = get(asOf, auditor);
            millis.add((System.nanoTime() - t0) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("as-of answered " + response.statusCode() + ": " + response.body());
            }
            status = JSON.readTree(response.body()).path("status").asText(null);
        }
        if (!"REGISTERED".equals(status)) {
            // an empty state is folded from no facts: its time is not the time of a 500-event household
            throw new IllegalStateException("as-of on " + today + " reconstructed status " + status + ", not REGISTERED: the "
                    + "household's events were not placed on that business date (" + business + ")");
        }
        ObjectNode result = JSON.createObjectNode();
        result.put("events", events);
        result.put("repeats", repeats);
        result.put("businessDate", today.toString());
        result.put("businessClock", business.source());
        result.put("secondsUntilAuditRecordedAll", recordedSeconds);
        result.put("stateStatus", status);
        result.put("p50Millis", pct(millis, 50));
        result.put("p95Millis", pct(millis, 95));
        result.put("maxMillis", millis.stream().mapToDouble(d -> d).max().orElse(Double.NaN));
        return result;
    }

    /**
     * The as-of query of the household on the business date its events hold from, as known at a real instant after
     * they were recorded: audit's default "known at" is its business clock, years before the real recording times
     * ({@code ce_time}) of a historical stack, and would see none of them.
     */
    static String asOfQuery(String household, LocalDate businessDate, Instant knownAt) {
        return "/api/households/" + household + "/as-of?date=" + businessDate + "&knownAt=" + knownAt;
    }

    // --- (3) rebuild against raw consume-and-upsert -----------------------------------------------------------------

    ObjectNode rebuild() throws Exception {
        String officer = tokens.authorizationFor("officer-region-450000");
        URI uri = reporting.resolve("/api/read-models/register/rebuild");
        long t0 = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(uri).header("Authorization", officer)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the rebuild was not started: " + started.statusCode() + " " + started.body());
        }
        JsonNode progress = JSON.readTree(started.body());
        long deadline = System.currentTimeMillis() + 600_000;
        while (!List.of("DONE", "FAILED").contains(progress.path("state").asText()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            progress = JSON.readTree(get(uri, officer).body());
        }
        double clientSeconds = (System.nanoTime() - t0) / 1e9;
        if (!"DONE".equals(progress.path("state").asText())) {
            throw new IllegalStateException("the rebuild did not finish: " + progress);
        }
        long processed = progress.path("processed").asLong();
        double serviceSeconds = Duration.between(Instant.parse(progress.path("startedAt").asText()),
                Instant.parse(progress.path("finishedAt").asText())).toMillis() / 1000.0;
        ObjectNode result = JSON.createObjectNode();
        result.put("processed", processed);
        result.put("serviceSeconds", serviceSeconds);
        result.put("clientSeconds", clientSeconds);
        result.put("eventsPerSecond", processed / serviceSeconds);
        result.set("raw", rawConsumeAndUpsert());
        return result;
    }

    /** The same records, consumed from the beginning by one plain consumer and bulk-upserted by household. */
    ObjectNode rawConsumeAndUpsert() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        String database = "bench_raw_rebuild";
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p); MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoDatabase db = mongo.getDatabase(database);
            db.drop();
            MongoCollection<Document> target = db.getCollection("households");
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long t0 = System.nanoTime();
            long consumed = 0;
            double consumeOnlySeconds = 0;
            List<WriteModel<Document>> batch = new ArrayList<>();
            ReplaceOptions upsert = new ReplaceOptions().upsert(true);
            BulkWriteOptions unordered = new BulkWriteOptions().ordered(false);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                long p0 = System.nanoTime();
                var records = consumer.poll(Duration.ofMillis(500));
                consumeOnlySeconds += (System.nanoTime() - p0) / 1e9;
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    EventEnvelope event = EventEnvelopeCodec.fromRecord(record);
                    String id = event.householdId() != null ? event.householdId() : event.subject();
                    Document doc = new Document("_id", id).append("type", event.type()).append("division", event.divisionCode())
                            .append("sequence", event.sequence()).append("time", event.time() == null ? null : event.time().toString())
                            .append("data", Document.parse(new String(event.data(), StandardCharsets.UTF_8)));
                    batch.add(new ReplaceOneModel<>(new Document("_id", id), doc, upsert));
                    consumed++;
                    if (batch.size() == 1000) {
                        target.bulkWrite(batch, unordered);
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                target.bulkWrite(batch, unordered);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            db.drop();
            ObjectNode raw = JSON.createObjectNode();
            raw.put("records", consumed);
            raw.put("seconds", seconds);
            raw.put("eventsPerSecond", consumed / seconds);
            raw.put("pollSeconds", consumeOnlySeconds);
            return raw;
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    static double pct(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
        return Stats.percentile(sorted, p);
    }

    /**
     * The business time of a service ({@code GET /api/demo-clock}). Without that endpoint (a stack whose clock is
     * not adjustable) the bench stops, unless it was told {@code --real-today}: no silent fallback.
     */
    BusinessDate businessDate(URI service, String name) throws Exception {
        HttpResponse<String> response = get(service.resolve("/api/demo-clock"), tokens.authorizationFor("auditor"));
        if (response.statusCode() == 200) {
            BusinessDate business = BusinessDate.fromDemoClock(response.body(), name + " GET /api/demo-clock");
            System.out.println("Business date of " + name + ": " + business);
            return business;
        }
        if (response.statusCode() == 404 && realToday) {
            BusinessDate real = BusinessDate.realTime(Clock.systemUTC());
            System.out.println("NOTE: " + name + " has no /api/demo-clock; events dated from the REAL date " + real.today()
                    + " as --real-today asks");
            return real;
        }
        throw new IllegalStateException(name + " answered " + response.statusCode() + " to GET /api/demo-clock, so the bench "
                + "cannot date its events from the stack's business clock" + (response.statusCode() == 404
                ? " (its clock is not adjustable); pass --real-today to date them from the real date" : ""));
    }

    private HttpResponse<String> get(URI uri, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static final String REPORTING_GROUP = "reporting-service.register";

    /**
     * Waits until the consumer group has committed every partition's end offset, at most {@code patience}; answers the
     * records it was behind at first and the milliseconds waited (the wait ends without failing: the output says).
     */
    private long[] awaitCaughtUp(String group, Duration patience) throws Exception {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            long start = System.nanoTime();
            long first = -1;
            while (true) {
                Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                long lag = 0;
                for (var e : committed.entrySet()) {
                    long end = ends.get(e.getKey()).offset();
                    lag += Math.max(0, end - (e.getValue() == null ? 0 : e.getValue().offset()));
                }
                if (first < 0) {
                    first = lag;
                }
                long waited = (System.nanoTime() - start) / 1_000_000;
                if (lag == 0 || waited > patience.toMillis()) {
                    System.out.printf("reporting's projection: %d records behind at first, %d behind after %d ms%n", first, lag, waited);
                    return new long[] {first, lag, waited};
                }
                Thread.sleep(500);
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    static EventEnvelope event(String type, long sequence, String household, String village, Instant at, LocalDate on, String json) {
        return new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/registration", "io.jiandang.registration." + type,
                household, at, sequence, "Household", village,
                new EventEnvelope.ActorStamp("bench", "INFORMATION_OFFICER", "VILLAGE", village), "bench-" + household,
                on, json.getBytes(StandardCharsets.UTF_8), household);
    }

    static EventEnvelope surveyed(String household, String village, int people, Instant at, LocalDate on) {
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= people; i++) {
            members.append(i > 1 ? "," : "").append("""
                    {"memberId":"%d","nameCipher":"x","idNumberCipher":"y","idFingerprint":"bench-%s-%d","relationToHead":"%s","birthYear":1970,"sex":"MALE"}"""
                    .formatted(i, household, i, i == 1 ? "HEAD" : "CHILD"));
        }
        return event("HouseholdSurveyed", 0, household, village, at, on, """
                {"householdId":"%s","divisionCode":"%s","members":[%s],"score":0.30,"policyVersion":1,"answers":{},"causes":["ILLNESS"],"areas":[]}"""
                .formatted(household, village, members));
    }

    static EventEnvelope registered(String household, String village, int people, Instant at, LocalDate on) {
        return event("HouseholdRegistered", 1, household, village, at, on, """
                {"householdId":"%s","divisionCode":"%s","score":0.30,"policyVersion":1,"people":%d}""".formatted(household, village, people));
    }

    static EventEnvelope updated(String household, String village, long seq, String cycle, int income, Instant at, LocalDate on) {
        return event("HouseholdUpdated", seq, household, village, at, on, """
                {"householdId":"%s","divisionCode":"%s","cycle":"%s","change":{"kind":"INCOME","netIncomePerHead":%d}}"""
                .formatted(household, village, cycle, income));
    }
}

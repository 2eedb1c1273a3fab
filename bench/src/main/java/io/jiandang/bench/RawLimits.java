package io.jiandang.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The raw limits of the same servers the services use, measured in the same run:
 * <ul>
 *   <li>Kafka: the broker's own {@code ProducerPerformance} and {@code ConsumerPerformance} (kafka-tools of the
 *       broker's version), as child JVMs, on a scratch topic, with records the size of a registration event and
 *       acks=all like the publisher;</li>
 *   <li>PostgreSQL: batched JDBC inserts of rows shaped like Axon's event entries into a temporary table;</li>
 *   <li>MongoDB wire server: bulk upserts (replace by {@code _id}, upsert) of documents shaped like a household view
 *       into a scratch database, dropped afterwards.</li>
 * </ul>
 * Arguments: {@code --kafka HOST:PORT --postgres-url JDBC --mongo-uri URI --out FILE [--kafka-records 200000]
 * [--record-size 1200] [--jdbc-rows 100000] [--mongo-docs 50000] [--max-seconds 60]}: the JDBC and MongoDB runs stop
 * after max-seconds and report the rate of what they did.
 */
public final class RawLimits {

    private RawLimits() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        String kafka = options.getOrDefault("kafka", "127.0.0.1:9092");
        String postgres = options.getOrDefault("postgres-url", "jdbc:postgresql://127.0.0.1:5432/registration");
        String mongo = options.getOrDefault("mongo-uri", "mongodb://127.0.0.1:27017");
        int kafkaRecords = Integer.parseInt(options.getOrDefault("kafka-records", "200000"));
        int recordSize = Integer.parseInt(options.getOrDefault("record-size", "1200"));
        int jdbcRows = Integer.parseInt(options.getOrDefault("jdbc-rows", "100000"));
        int mongoDocs = Integer.parseInt(options.getOrDefault("mongo-docs", "50000"));
        long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "60"));
        File out = new File(options.getOrDefault("out", "bench/target/results/raw-limits.json"));

        Map<String, Object> result = new LinkedHashMap<>();
        String topic = "bench.raw." + UUID.randomUUID().toString().substring(0, 8);
        result.put("kafkaProducer", kafkaProducer(kafka, topic, kafkaRecords, recordSize));
        result.put("kafkaConsumer", kafkaConsumer(kafka, topic, kafkaRecords));
        result.put("jdbcBatchedInserts", jdbc(postgres, jdbcRows, maxSeconds));
        result.put("mongoBulkUpserts", mongo(mongo, mongoDocs, maxSeconds));
        out.getParentFile().mkdirs();
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, result);
        System.out.println("raw limits: " + result);
    }

    /** {@code N records sent, X records/sec (Y MB/sec), A ms avg latency, M ms max latency, p50, p95, p99, p99.9}. */
    static Map<String, Object> kafkaProducer(String bootstrap, String topic, int records, int size) throws Exception {
        List<String> lines = tool("org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                "--num-records", String.valueOf(records), "--record-size", String.valueOf(size), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "linger.ms=5");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "org.apache.kafka.tools.ProducerPerformance (kafka-tools 3.9.1), acks=all, linger.ms=5");
        m.put("records", records);
        m.put("recordBytes", size);
        m.putAll(producerFigures(lines));
        return m;
    }

    /** The figures of ProducerPerformance's last summary line. */
    static Map<String, Object> producerFigures(List<String> lines) {
        String last = lines.stream().filter(l -> l.contains("records sent") && l.contains("50th")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("ProducerPerformance printed no summary: " + lines));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordsPerSecond", number(last, "records sent, ", " records/sec"));
        m.put("mbPerSecond", number(last, "records/sec (", " MB/sec)"));
        m.put("p50Millis", number(last, "ms max latency, ", " ms 50th"));
        m.put("p99Millis", number(last, "ms 95th, ", " ms 99th"));
        m.put("summary", last.trim());
        return m;
    }

    /** CSV: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ... */
    static Map<String, Object> kafkaConsumer(String bootstrap, String topic, int records) throws Exception {
        List<String> lines = tool("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap,
                "--topic", topic, "--messages", String.valueOf(records), "--timeout", "60000");
        return consumerFigures(lines);
    }

    /** The figures of ConsumerPerformance's output: its CSV header and the data line after it, log lines between. */
    static Map<String, Object> consumerFigures(List<String> lines) {
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("start.time")) {
                header = i;
            }
        }
        String data = null;
        for (int i = Math.max(header, 0) + 1; header >= 0 && i < lines.size() && data == null; i++) {
            // the figures line: a date first and as many fields as the header (log lines may come between)
            if (lines.get(i).matches("^\\d{4}-\\d{2}-\\d{2} .*") && lines.get(i).split(",").length >= 10) {
                data = lines.get(i);
            }
        }
        if (data == null) {
            throw new IllegalStateException("ConsumerPerformance printed no figures: " + lines);
        }
        String[] names = lines.get(header).split(",\\s*");
        String[] values = data.split(",\\s*");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "org.apache.kafka.tools.ConsumerPerformance (kafka-tools 3.9.1)");
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            if (names[i].equals("nMsg.sec")) {
                m.put("recordsPerSecond", Double.parseDouble(values[i]));
            } else if (names[i].equals("MB.sec")) {
                m.put("mbPerSecond", Double.parseDouble(values[i]));
            } else if (names[i].equals("data.consumed.in.nMsg")) {
                m.put("records", Long.parseLong(values[i]));
            } else if (names[i].equals("fetch.nMsg.sec")) {
                m.put("fetchRecordsPerSecond", Double.parseDouble(values[i]));
            }
        }
        return m;
    }

    private static Double number(String line, String before, String after) {
        int start = line.indexOf(before);
        int end = start < 0 ? -1 : line.indexOf(after, start + before.length());
        if (start < 0 || end < 0) {
            return null;
        }
        return Double.parseDouble(line.substring(start + before.length(), end).trim());
    }

    private static List<String> tool(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed: " + lines);
        }
        return lines;
    }

    /** Rows like Axon's domain_event_entry, 500 per batch, one commit per batch, into a temporary table. */
    static Map<String, Object> jdbc(String url, int rows, long maxSeconds) throws Exception {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        int done = 0;
        byte[] payload = new byte[900];
        byte[] metadata = new byte[300];
        java.util.Arrays.fill(payload, (byte) 'x');
        java.util.Arrays.fill(metadata, (byte) 'm');
        int batch = 500;
        long started;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table bench_event_entry (global_index bigserial primary key, "
                        + "event_identifier varchar(255) not null unique, aggregate_identifier varchar(255) not null, "
                        + "sequence_number bigint not null, type varchar(255), payload bytea not null, "
                        + "payload_type varchar(255) not null, meta_data bytea, time_stamp varchar(255) not null, "
                        + "unique (aggregate_identifier, sequence_number))");
            }
            connection.setAutoCommit(false);
            started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into bench_event_entry (event_identifier, "
                    + "aggregate_identifier, sequence_number, type, payload, payload_type, meta_data, time_stamp) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setLong(3, 0);
                    insert.setString(4, "Household");
                    insert.setBytes(5, payload);
                    insert.setString(6, "io.jiandang.contracts.registration.HouseholdSurveyedEvent");
                    insert.setBytes(7, metadata);
                    insert.setString(8, new Timestamp(System.currentTimeMillis()).toInstant().toString());
                    insert.addBatch();
                    if ((i + 1) % batch == 0 || i + 1 == rows) {
                        insert.executeBatch();
                        connection.commit();
                        done = i + 1;
                        if (System.nanoTime() > deadline) {
                            break; // a bounded run: the rate of what was done
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", done);
        m.put("batchSize", batch);
        m.put("rowBytes", payload.length + metadata.length);
        m.put("seconds", Stats.round(seconds));
        m.put("rowsPerSecond", Stats.round(done / seconds));
        return m;
    }

    /** Replace-by-id upserts of household-view-sized documents, 1,000 per bulk write, unordered. */
    static Map<String, Object> mongo(String uri, int documents, long maxSeconds) {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        int done = 0;
        int batch = 1000;
        String database = "bench_raw_" + UUID.randomUUID().toString().substring(0, 8);
        long started;
        double seconds;
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection = client.getDatabase(database).getCollection("household_views");
            List<WriteModel<Document>> writes = new ArrayList<>(batch);
            started = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                String id = UUID.randomUUID().toString();
                Document doc = new Document("_id", id).append("villageCode", "451227101201").append("status", "SURVEYED")
                        .append("score", 31.5).append("causes", List.of("ILLNESS", "SCHOOLING"))
                        .append("areas", List.of("OLD_REVOLUTIONARY_BASE")).append("lastSequence", 0L)
                        .append("updatedAt", java.util.Date.from(Instant.now()))
                        .append("members", List.of(new Document("memberId", id + "-1").append("idNumber", "4512**********1234")
                                .append("relationToHead", "HEAD"), new Document("memberId", id + "-2")
                                .append("idNumber", "4512**********5678").append("relationToHead", "SPOUSE")));
                writes.add(new ReplaceOneModel<>(new Document("_id", id), doc, new ReplaceOptions().upsert(true)));
                if (writes.size() == batch || i + 1 == documents) {
                    collection.bulkWrite(writes, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
                    writes.clear();
                    done = i + 1;
                    if (System.nanoTime() > deadline) {
                        break; // a bounded run: the rate of what was done
                    }
                }
            }
            seconds = (System.nanoTime() - started) / 1e9;
            client.getDatabase(database).drop();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", done);
        m.put("batchSize", batch);
        m.put("seconds", Stats.round(seconds));
        m.put("upsertsPerSecond", Stats.round(done / seconds));
        return m;
    }
}

package io.jiandang.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jiandang.demo.ApiProblemException;
import io.jiandang.demo.JsonHttp;
import io.jiandang.demo.Tokens;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.simulator.Population;
import io.jiandang.simulator.PopulationGenerator;
import io.jiandang.simulator.RegistrationClient;
import io.jiandang.simulator.SimulatedHousehold;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for the registration command path: {@code POST /api/households} (a survey, the command every
 * household starts with) by township officers at concurrency 1, 16 and 64, each request timed over HTTP and until
 * its {@code HouseholdSurveyed} event is on {@code registration.events} (a consumer matches the record's key,
 * the household id the answer named). Households come from the simulator (valid ID numbers, real villages).
 *
 * <p>Arguments: {@code --registration URL --issuer URL --kafka HOST:PORT --out FILE [--levels 1,16,64]
 * [--requests 300,3000,6000] [--max-seconds 60] [--seed N]}.
 */
public final class RegistrationLoad {

    private RegistrationLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        URI registration = URI.create(options.getOrDefault("registration", "http://127.0.0.1:8081"));
        URI issuer = URI.create(options.getOrDefault("issuer", "http://127.0.0.1:9000"));
        String kafka = options.getOrDefault("kafka", "127.0.0.1:9092");
        int[] levels = Args.ints(options.getOrDefault("levels", "1,16,64"));
        int[] requests = Args.ints(options.getOrDefault("requests", "300,3000,6000"));
        long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "60"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(System.currentTimeMillis())));
        File out = new File(options.getOrDefault("out", "bench/target/results/registration-load.json"));

        int needed = 200;
        for (int r : requests) {
            needed += r;
        }
        // 1:100 gives 48,800 households; more than enough for the levels, generated in a few seconds
        Population population = new PopulationGenerator(DivisionCatalogue.guangxi()).generate(100, seed);
        if (population.households().size() < needed) {
            throw new IllegalStateException("Only " + population.households().size() + " households for " + needed + " requests");
        }
        Iterator<SimulatedHousehold> households = population.households().iterator();

        ObjectMapper mapper = new ObjectMapper();
        JsonHttp http = JsonHttp.standard(mapper);
        Tokens tokens = new Tokens(http, issuer, "demo", Clock.systemUTC());
        RegistrationClient client = new RegistrationClient(http, tokens, registration);
        try {
            client.publishPolicy("policy-admin", LocalDate.of(2014, 1, 2));
        } catch (ApiProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("command", "POST /api/households (survey → HouseholdSurveyed on registration.events)");
        result.put("seed", seed);
        List<Map<String, Object>> levelResults = new ArrayList<>();
        try (KafkaWatcher watcher = new KafkaWatcher(kafka, "registration.events")) {
            // warm-up, not measured: JIT, connection pools, the service's caches
            run(client, tokens, take(households, 200), 8, maxSeconds, watcher);
            for (int i = 0; i < levels.length; i++) {
                List<SimulatedHousehold> batch = take(households, requests[Math.min(i, requests.length - 1)]);
                Map<String, Object> level = run(client, tokens, batch, levels[i], maxSeconds, watcher);
                level.put("concurrency", levels[i]);
                levelResults.add(level);
                System.out.println("registration load: " + level);
            }
        }
        result.put("levels", levelResults);
        out.getParentFile().mkdirs();
        mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, result);
    }

    private static List<SimulatedHousehold> take(Iterator<SimulatedHousehold> households, int n) {
        List<SimulatedHousehold> batch = new ArrayList<>(n);
        while (batch.size() < n && households.hasNext()) {
            batch.add(households.next());
        }
        return batch;
    }

    private static Map<String, Object> run(RegistrationClient client, Tokens tokens, List<SimulatedHousehold> batch,
                                           int concurrency, long maxSeconds, KafkaWatcher watcher) throws Exception {
        // tokens first (the identity provider is not what is measured)
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(concurrency, 8));
        List<Future<?>> prefetch = new ArrayList<>();
        batch.stream().map(h -> "officer-township-" + h.townshipCode()).distinct()
                .forEach(officer -> prefetch.add(pool.submit(() -> tokens.authorizationFor(officer))));
        for (Future<?> f : prefetch) {
            f.get();
        }
        pool.shutdown();

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        double[] httpMillis = new double[batch.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            futures.add(workers.submit(() -> {
                while (!stop.get()) {
                    int i = next.getAndIncrement();
                    if (i >= batch.size() || System.nanoTime() > deadline) {
                        stop.set(true);
                        return;
                    }
                    SimulatedHousehold h = batch.get(i);
                    long t0 = System.nanoTime();
                    try {
                        RegistrationClient.Surveyed answer = client.survey("officer-township-" + h.townshipCode(), h,
                                LocalDate.of(2014, 3, 1), "bench-" + h.number());
                        long t1 = System.nanoTime();
                        sentAt.put(answer.householdId(), t0);
                        httpMillis[completed.getAndIncrement()] = (t1 - t0) / 1e6;
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long httpDone = System.nanoTime();
        workers.shutdown();
        // every accepted command's event must reach the topic: wait for them (generously), then measure
        long waitUntil = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!watcher.seenAll(sentAt.keySet()) && System.nanoTime() < waitUntil) {
            Thread.sleep(50);
        }
        List<Double> kafkaMillis = new ArrayList<>();
        long lastSeen = started;
        int missing = 0;
        for (Map.Entry<String, Long> e : sentAt.entrySet()) {
            Long seen = watcher.seenAt(e.getKey());
            if (seen == null) {
                missing++;
            } else {
                kafkaMillis.add((seen - e.getValue()) / 1e6);
                lastSeen = Math.max(lastSeen, seen);
            }
        }
        int n = completed.get();
        double[] http = java.util.Arrays.copyOf(httpMillis, n);
        double seconds = (httpDone - started) / 1e9;
        double toKafkaSeconds = (lastSeen - started) / 1e9;
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("requests", n);
        level.put("errors", errors.get());
        level.put("seconds", Stats.round(seconds));
        level.put("commandsPerSecond", Stats.round(n / seconds));
        level.put("eventsOnKafkaPerSecond", Stats.round(kafkaMillis.size() / Math.max(toKafkaSeconds, 1e-9)));
        level.put("httpMillis", Stats.summary(http));
        level.put("untilOnKafkaMillis", Stats.summary(kafkaMillis.stream().mapToDouble(Double::doubleValue).toArray()));
        level.put("eventsNotSeenOnKafka", missing);
        return level;
    }

    /** Consumes the topic from its end and remembers when each household's first record arrived. */
    static final class KafkaWatcher implements AutoCloseable {

        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        KafkaWatcher(String bootstrap, String topic) throws InterruptedException {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
            thread = new Thread(() -> {
                try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
                    List<TopicPartition> partitions = new ArrayList<>();
                    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    List<PartitionInfo> infos = consumer.partitionsFor(topic);
                    while ((infos == null || infos.isEmpty()) && System.nanoTime() < until) {
                        sleep(500);
                        infos = consumer.partitionsFor(topic);
                    }
                    for (PartitionInfo info : infos) {
                        partitions.add(new TopicPartition(topic, info.partition()));
                    }
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                    ready.countDown();
                    while (running.get()) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                            long now = System.nanoTime();
                            String id = record.key();
                            Header header = record.headers().lastHeader("ce_householdid");
                            if (header != null) {
                                id = new String(header.value(), StandardCharsets.UTF_8);
                            }
                            if (id != null) {
                                seen.putIfAbsent(id, now);
                            }
                        }
                    }
                }
            }, "kafka-watcher");
            thread.setDaemon(true);
            thread.start();
            if (!ready.await(90, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("No partitions of " + topic + " on " + bootstrap);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Long seenAt(String householdId) {
            return seen.get(householdId);
        }

        boolean seenAll(java.util.Set<String> ids) {
            return seen.keySet().containsAll(ids);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }
    }
}

package io.jiandang.reporting.register.adapters.out.readmodel;

import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.reporting.register.application.FactReaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the register from the topics' beginning into the next version of the read model while the active
 * version keeps answering; when the rebuild has read up to the ends the topics had when it started, the pointer
 * switches to the new version. Events arriving meanwhile go to both versions (the live binding feeds the one being
 * built too); each version's ledger drops duplicates and parks out-of-order events, so the two feeds can overlap.
 */
public class RegisterRebuild {

    private static final Logger log = LoggerFactory.getLogger(RegisterRebuild.class);

    /** Where a rebuild stands. */
    public record Progress(String state, Integer version, long processed, long total, Instant startedAt,
                           Instant finishedAt, String error) {
        static Progress idle() {
            return new Progress("IDLE", null, 0, 0, null, null, null);
        }
    }

    private final RegisterReadModels models;
    private final RegisterBatches batches;
    private final String brokers;
    private final List<String> topics;
    private final AtomicReference<RegisterReadModels.Version> building = new AtomicReference<>();
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());

    private final Clock clock;
    private final java.util.function.Consumer<RegisterReadModels.Version> onActivated;

    public RegisterRebuild(RegisterReadModels models, FactReaders readers, String brokers, List<String> topics, Clock clock) {
        this(models, readers, brokers, topics, clock, version -> { });
    }

    /** @param onActivated told once the rebuilt version answers (in-memory copies of the register reload from it) */
    public RegisterRebuild(RegisterReadModels models, FactReaders readers, String brokers, List<String> topics, Clock clock,
                           java.util.function.Consumer<RegisterReadModels.Version> onActivated) {
        this.onActivated = onActivated;
        this.clock = clock;
        this.models = models;
        this.batches = new RegisterBatches(readers);
        this.brokers = brokers;
        this.topics = topics.stream().map(String::trim).toList();
    }

    public Optional<RegisterReadModels.Version> building() {
        return Optional.ofNullable(building.get());
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild; refused (returns false) while one runs. */
    public synchronized boolean start() {
        if (building.get() != null) {
            return false;
        }
        RegisterReadModels.Version next = models.version(models.active().number() + 1);
        // an abandoned rebuild may have left this version's documents and ledger: start from nothing
        models.wipe(next);
        Instant started = clock.instant();
        progress.set(new Progress("RUNNING", next.number(), 0, 0, started, null, null));
        building.set(next);
        Thread worker = new Thread(() -> run(next, started), "register-rebuild-v" + next.number());
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    private void run(RegisterReadModels.Version next, Instant started) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
            long processed = 0;
            progress.set(new Progress("RUNNING", next.number(), 0, total, started, null, null));
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                List<KafkaBatches.Positioned> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    batch.add(new KafkaBatches.Positioned(EventEnvelopeCodec.fromRecord(record), record.topic(),
                            record.partition(), record.offset()));
                }
                if (!batch.isEmpty()) {
                    // one poll: a few reads, one bulk write of its households, the ledger and positions once
                    batches.apply(next, batch);
                    processed += batch.size();
                }
                progress.set(new Progress("RUNNING", next.number(), processed, total, started, null, null));
            }
            Map<TopicPartition, Long> stored = next.ledger().positions();
            end.forEach((tp, offset) -> {
                if (!stored.containsKey(tp)) {
                    next.ledger().storePosition(tp.topic(), tp.partition(), offset);
                }
            });
            models.activate(next);
            onActivated.accept(next);
            progress.set(new Progress("DONE", next.number(), processed, total, started, clock.instant(), null));
            log.info("Register rebuilt into version {} from {} records; it answers from now on", next.number(), processed);
        } catch (RuntimeException e) {
            log.error("Register rebuild into version {} failed; the previous version keeps answering", next.number(), e);
            progress.set(new Progress("FAILED", next.number(), progress.get().processed(), progress.get().total(),
                    started, clock.instant(), e.getMessage()));
        } finally {
            building.set(null);
        }
    }
}

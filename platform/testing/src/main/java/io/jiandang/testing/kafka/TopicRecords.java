package io.jiandang.testing.kafka;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.testing.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads what a service published: one key's records (a household's, by the {@code ce_householdid} key) on a
 * topic of the test infrastructure's broker, from the beginning, as CloudEvents envelopes. Waits (Awaitility,
 * never a sleep) for the topic to exist and for the records the test expects.
 */
public final class TopicRecords {

    /** How long a test waits for a record by default: generous, the build machine is shared. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private TopicRecords() {
    }

    /** The first record of the key on the topic, whatever its type. */
    public static EventEnvelope firstOf(String topic, String key) {
        return recordsOf(topic, key, "the first record of " + key, PATIENCE, found -> !found.isEmpty()).get(0);
    }

    /** The first record of the key on the topic whose CloudEvents type is {@code type}. */
    public static EventEnvelope firstOf(String topic, String key, String type) {
        return recordsOf(topic, key, type + " on " + topic, PATIENCE,
                found -> found.stream().anyMatch(e -> type.equals(e.type())))
                .stream().filter(e -> type.equals(e.type())).findFirst().orElseThrow();
    }

    /**
     * The key's records on the topic in order, read until {@code enough} holds for them.
     *
     * @param description what the test waits for, named in the failure
     * @param atMost      how long to wait for them
     */
    public static List<EventEnvelope> recordsOf(String topic, String key, String description, Duration atMost,
                                                Predicate<List<EventEnvelope>> enough) {
        return read(topic, key, description, atMost, enough, EventEnvelopeCodec::fromRecord);
    }

    /** The key's records on the topic as they are (a dead-letter topic holds records that are not events). */
    public static List<ConsumerRecord<String, byte[]>> rawRecordsOf(String topic, String key, String description, Duration atMost,
                                                                   Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
        return read(topic, key, description, atMost, enough, r -> r);
    }

    private static <T> List<T> read(String topic, String key, String description, Duration atMost,
                                    Predicate<List<T>> enough, java.util.function.Function<ConsumerRecord<String, byte[]>, T> as) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            Awaitility.await(topic + " to exist").atMost(PATIENCE).until(() -> {
                partitions.clear();
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
                return !partitions.isEmpty();
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<T> found = new ArrayList<>();
            Awaitility.await(description).atMost(atMost).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        found.add(as.apply(r));
                    }
                }
                return enough.test(found);
            });
            return found;
        }
    }
}

package io.jiandang.reporting.cycle.adapters.out;

import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.reporting.cycle.application.TopicReplay;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.reporting.register.application.InMemoryRegisterStore;
import io.jiandang.reporting.register.application.RegisterProjection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Replays the consumed topics with a plain consumer (no group, nothing committed). Facts are idempotent by event id
 * and a timeline orders them by business date, so the replayed register does not depend on the order partitions
 * are read in.
 */
public class KafkaTopicReplay implements TopicReplay {

    private final String brokers;
    private final List<String> topics;
    private final FactReaders readers;

    public KafkaTopicReplay(String brokers, List<String> topics, FactReaders readers) {
        this.brokers = brokers;
        this.topics = topics.stream().map(String::trim).toList();
        this.readers = readers;
    }

    @Override
    public Map<String, Long> endPositions() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Map<String, Long> result = new TreeMap<>();
            consumer.endOffsets(partitions(consumer)).forEach((tp, offset) -> result.put(tp.topic() + "/" + tp.partition(), offset));
            return result;
        }
    }

    @Override
    public InMemoryRegisterStore replayUpTo(Map<String, Long> positions) {
        InMemoryRegisterStore store = new InMemoryRegisterStore();
        RegisterProjection projection = new RegisterProjection(readers, store, village -> { });
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            positions.forEach((key, offset) -> {
                int slash = key.lastIndexOf('/');
                if (offset > 0) {
                    partitions.add(new TopicPartition(key.substring(0, slash), Integer.parseInt(key.substring(slash + 1))));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < positions.get(tp.topic() + "/" + tp.partition()))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < positions.get(record.topic() + "/" + record.partition())) {
                        projection.apply(EventEnvelopeCodec.fromRecord(record));
                    }
                }
            }
        }
        return store;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            }
        }
        return partitions;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}

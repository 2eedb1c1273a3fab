package io.jiandang.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaLauncherTest {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path folder = FreePorts.freshFolder("kafka-launcher-");
    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private LauncherProcess broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void brokerAutoCreatesTopicsAndKeepsTheirRecordsAcrossARestartOnTheSameFolder() throws Exception {
        broker = startBroker();
        assertThat(broker.address()).isEqualTo("127.0.0.1:" + port);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("registration.events", "household-" + i, "event-" + i)).get();
            }
        }
        assertThat(consumeAll("registration.events", 10)).hasSize(10);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.address()))) {
            assertThat(admin.describeTopics(Set.of("registration.events")).allTopicNames().get()
                    .get("registration.events").partitions()).hasSize(3);
            ConfigResource brokerResource = new ConfigResource(ConfigResource.Type.BROKER, "1");
            Config config = admin.describeConfigs(Set.of(brokerResource)).all().get().get(brokerResource);
            assertThat(config.get("log.retention.ms").value()).isEqualTo("-1");
        }

        broker.stop(Duration.ofSeconds(60));
        assertThat(broker.isAlive()).isFalse();
        broker = startBroker();

        List<ConsumerRecord<String, String>> afterRestart = consumeAll("registration.events", 10);
        assertThat(afterRestart).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("event-0", "event-1", "event-2", "event-3", "event-4",
                        "event-5", "event-6", "event-7", "event-8", "event-9");
    }

    private LauncherProcess startBroker() throws Exception {
        return LauncherProcess.start(KafkaLauncher.class,
                List.of("--port", String.valueOf(port), "--controller-port", String.valueOf(controllerPort),
                        "--data-dir", folder.resolve("kafka").toString()),
                folder.resolve("kafka.log"), "256m", READY_TIMEOUT);
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.address());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }

    /** Reads the topic from the beginning with a new group until {@code expected} records or a deadline. */
    private List<ConsumerRecord<String, String>> consumeAll(String topic, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.address());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}

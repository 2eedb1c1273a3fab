package io.jiandang.eventing.publisher;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.eventing.EventMetadata;
import io.jiandang.eventing.publisher.PublisherTestApplication.HouseholdNoteEvent;
import io.jiandang.eventing.publisher.PublisherTestApplication.NoteTakenEvent;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.security.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publisher against a real PostgreSQL event store and a real Kafka broker: what is stored reaches the
 * topic, in per-aggregate order, with the CloudEvents headers, and nothing is lost or duplicated when Kafka is
 * down, a transaction commits late, or the publisher stops mid-stream.
 */
@WithInfrastructure
@SpringBootTest(classes = PublisherTestApplication.class, properties = {
        "jiandang.eventing.context=ledger",
        "jiandang.eventing.send-timeout=5s",
        "jiandang.eventing.publisher-batch-size=50",
        "jiandang.eventing.publisher-segments=4",
        "spring.application.name=ledger-service"})
class PublishedEventsReachKafkaTest {

    private static final String TOPIC = "ledger.events";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("ledger").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyStoredEventReachesTheTopicKeyedByAggregateWithCloudEventsHeaders() {
        String ledger = newLedger();
        append(ledger, 0, 3);

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(r -> ledger.equals(r.key()), 3);

        assertThat(records).extracting(ConsumerRecord::key).containsOnly(ledger);
        EventEnvelope first = EventEnvelopeCodec.fromRecord(records.get(0));
        assertThat(first.type()).isEqualTo("io.jiandang.ledger.NoteTaken");
        assertThat(first.source()).isEqualTo("/jiandang/ledger");
        assertThat(first.subject()).isEqualTo(ledger);
        assertThat(first.divisionCode()).isEqualTo("451227101201");
        assertThat(first.actor().id()).isEqualTo("officer-1");
        assertThat(first.actor().jurisdiction()).isEqualTo("451227");
        assertThat(first.effectiveOn()).isEqualTo(LocalDate.parse("2016-09-30"));
        assertThat(first.correlationId()).isEqualTo("corr-" + ledger);
        assertThat(new String(first.data(), StandardCharsets.UTF_8)).contains("\"text\":\"note 0\"");
        assertThat(records).extracting(r -> EventEnvelopeCodec.fromRecord(r).sequence()).containsExactly(0L, 1L, 2L);
    }

    @Test
    void nothingIsLostWhileKafkaIsDown() {
        List<String> ledgers = IntStream.range(0, 4).mapToObj(i -> newLedger()).toList();
        double failedBefore = failedSends();
        TestInfrastructure.get().stopKafka();
        try {
            ledgers.forEach(ledger -> append(ledger, 0, 5));
            Awaitility.await("the publisher's sends to fail while Kafka is down").atMost(Duration.ofSeconds(60))
                    .until(() -> failedSends() > failedBefore);
        } finally {
            TestInfrastructure.get().startKafka();
        }

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(r -> ledgers.contains(r.key()), 20);

        assertThat(records).extracting(r -> EventEnvelopeCodec.fromRecord(r).id()).doesNotHaveDuplicates().hasSize(20);
        assertPerAggregateOrder(records);
    }

    @Test
    void anEventWhoseTransactionCommitsAfterLaterOnesIsStillPublished() throws Exception {
        String late = newLedger();
        String early = newLedger();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the first transaction takes its global index, then stays open while a later one commits
        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(() -> {
            UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
            uow.attachTransaction(transactionManager);
            uow.execute(() -> {
                eventStore.publish(note(late, 0));
                uow.onPrepareCommit(u -> {
                    inserted.countDown();
                    awaitLatch(release);
                });
            });
        });
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        append(early, 0, 1);
        awaitRecords(r -> early.equals(r.key()), 1);

        release.countDown();
        slowTransaction.get(30, TimeUnit.SECONDS);

        assertThat(awaitRecords(r -> late.equals(r.key()), 1)).hasSize(1);
    }

    @Test
    void aPublisherStoppedAndRestartedMidStreamLosesAndDuplicatesNothing() {
        List<String> ledgers = IntStream.range(0, 10).mapToObj(i -> newLedger()).toList();
        TrackingEventProcessor publisher = publisher();
        ledgers.forEach(ledger -> append(ledger, 0, 30));
        awaitRecords(r -> ledgers.contains(r.key()), 1);

        publisher.shutDown();
        publisher.start();

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(r -> ledgers.contains(r.key()), 300);
        assertThat(records).extracting(r -> EventEnvelopeCodec.fromRecord(r).id()).doesNotHaveDuplicates().hasSize(300);
        assertPerAggregateOrder(records);
    }

    @Test
    void theEventsOfOneHouseholdStayInStoreOrderOnKafkaWhileSeveralSegmentsPublish() {
        assertThat(publisher().processingStatus()).as("the publisher's segments").hasSize(4);
        assertThat(processing.sequencingPolicy(KafkaEventPublisher.PROCESSING_GROUP)).isInstanceOf(HouseholdOrdering.class);
        List<String> households = IntStream.range(0, 8).mapToObj(i -> "household-" + UUID.randomUUID()).toList();
        List<String> ledgers = IntStream.range(0, 24).mapToObj(i -> newLedger()).toList();
        Map<String, Long> nextSequence = new HashMap<>();
        Map<String, Integer> nextNote = new HashMap<>();
        // each household is written by three ledgers in turn, in many small transactions, so that its events come
        // from aggregates that Axon's default policy would spread over the segments
        for (int round = 0; round < 10; round++) {
            UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
            uow.attachTransaction(transactionManager);
            uow.execute(() -> {
                for (int i = 0; i < ledgers.size(); i++) {
                    String ledger = ledgers.get(i);
                    String household = households.get(i % households.size());
                    long sequence = nextSequence.merge(ledger, 1L, Long::sum) - 1;
                    int note = nextNote.merge(household, 1, Integer::sum) - 1;
                    eventStore.publish(new GenericDomainEventMessage<>("Ledger", ledger, sequence,
                            new HouseholdNoteEvent(household, ledger, Integer.toString(note))));
                }
            });
        }

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(r -> households.contains(r.key()), 240);

        Map<String, Integer> expected = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String body = new String(record.value(), StandardCharsets.UTF_8);
            int note = expected.getOrDefault(record.key(), 0);
            assertThat(body).as("event %d of %s on Kafka", note, record.key()).contains("\"text\":\"" + note + "\"");
            expected.put(record.key(), note + 1);
        }
        assertThat(expected.values()).containsOnly(30);
    }

    // ---- helpers

    @Autowired
    Producer<String, byte[]> eventPublisherProducer;

    private double failedSends() {
        return eventPublisherProducer.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("record-error-total") && e.getKey().group().equals("producer-metrics"))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    private TrackingEventProcessor publisher() {
        return processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
    }

    private static String newLedger() {
        return "ledger-" + UUID.randomUUID();
    }

    private void append(String ledger, int fromSequence, int count) {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        uow.attachTransaction(transactionManager);
        uow.execute(() -> IntStream.range(fromSequence, fromSequence + count)
                .forEach(sequence -> eventStore.publish(note(ledger, sequence))));
    }

    private static GenericDomainEventMessage<NoteTakenEvent> note(String ledger, long sequence) {
        return new GenericDomainEventMessage<>("Ledger", ledger, sequence,
                new NoteTakenEvent(ledger, "451227101201", "note " + sequence),
                EventMetadata.of("officer-1", "INFORMATION_OFFICER", "COUNTY", "451227", "corr-" + ledger,
                        LocalDate.parse("2016-09-30")));
    }

    private static void assertPerAggregateOrder(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Long> last = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            long sequence = EventEnvelopeCodec.fromRecord(record).sequence();
            assertThat(sequence).as("sequence of %s", record.key()).isEqualTo(last.getOrDefault(record.key(), -1L) + 1);
            last.put(record.key(), sequence);
        }
    }

    /**
     * Reads the whole topic until the matching records number at least {@code expected}, then a little longer
     * so that a duplicate arriving behind them would be seen.
     */
    private static List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<ConsumerRecord<String, byte[]>> match,
                                                                     int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(5));
                partitions = infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            int emptyPollsAfterEnough = 0;
            while (System.nanoTime() < deadline && emptyPollsAfterEnough < 2) {
                var polled = consumer.poll(Duration.ofMillis(500));
                polled.forEach(r -> {
                    if (match.test(r)) {
                        matching.add(r);
                    }
                });
                if (matching.size() >= expected && polled.isEmpty()) {
                    emptyPollsAfterEnough++;
                }
            }
            assertThat(matching).as("records on %s", TOPIC).hasSizeGreaterThanOrEqualTo(expected);
            return matching;
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the slow transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

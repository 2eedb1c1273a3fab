package io.jiandang.readmodel;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A poll's records from a Spring Cloud Stream Kafka binding in batch mode ({@code consumer.batch-mode: true} with
 * {@code use-native-decoding: true}): the payloads as a list, each record's headers in
 * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}, topics, partitions and offsets as lists in the same order. Batched
 * projections apply a whole poll with a few reads and bulk writes (see {@link LedgerBatch}) instead of several
 * round trips per event.
 */
public final class KafkaBatches {

    private static final Logger log = LoggerFactory.getLogger(KafkaBatches.class);
    private static final int ATTEMPTS = 5;

    /** An event with where it was read from; {@code event} is {@code null} for a record that could not be read. */
    public record Positioned(EventEnvelope event, String topic, int partition, long offset) {
    }

    /** A record of a batch that could not be read as an event. */
    public record Unreadable(Object key, byte[] payload, Map<String, Object> headers, String topic, int partition, long offset) {
    }

    private KafkaBatches() {
    }

    /**
     * The batch's records in the order read; a record that is not a readable event is handed to {@code unreadable}
     * and kept with a {@code null} event, so its position still moves on.
     */
    @SuppressWarnings("unchecked")
    public static List<Positioned> records(Message<List<byte[]>> message, BiConsumer<Unreadable, RuntimeException> unreadable) {
        List<byte[]> payloads = message.getPayload();
        List<Map<String, Object>> headers = (List<Map<String, Object>>) message.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<String> topics = (List<String>) message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        List<Integer> partitions = (List<Integer>) message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION);
        List<Long> offsets = (List<Long>) message.getHeaders().get(KafkaHeaders.OFFSET);
        List<Object> keys = (List<Object>) message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (headers == null || topics == null || partitions == null || offsets == null) {
            throw new IllegalStateException("not a Kafka batch (consumer.batch-mode must be true): headers " + message.getHeaders().keySet());
        }
        List<Positioned> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            EventEnvelope event;
            try {
                event = EventEnvelopeCodec.fromHeaders(headers.get(i), payloads.get(i));
            } catch (EventEnvelopeCodec.MalformedEnvelopeException e) {
                unreadable.accept(new Unreadable(keys == null ? null : keys.get(i), payloads.get(i), headers.get(i), topics.get(i), partitions.get(i), offsets.get(i)), e);
                event = null;
            }
            records.add(new Positioned(event, topics.get(i), partitions.get(i), offsets.get(i)));
        }
        return records;
    }

    /**
     * A batch-mode binding that applies each poll through {@link #fold}: unreadable records go alone to the dead-letter
     * topic, a failed poll is retried ({@link #withRetries}).
     *
     * @param deadLetterTopic where unreadable records go, e.g. {@code registration.events.dlq}
     * @param fold            applies one poll's readable records (and their positions) to the read model
     */
    public static java.util.function.Consumer<Message<List<byte[]>>> binding(ProjectionLedger ledger,
            Supplier<StreamBridge> bridge, String deadLetterTopic, java.util.function.Consumer<List<Positioned>> fold) {
        return message -> {
            List<Positioned> records = records(message,
                    (unreadable, error) -> deadLetter(bridge.get(), deadLetterTopic, unreadable, error));
            withRetries(ledger.projection(), () -> {
                fold.accept(records);
                return records.size();
            });
        };
    }

    /**
     * Applies a poll through the ledger's batch rules: each new event in per-aggregate order through {@code apply}
     * (which may only gather its writes), then {@code writeProjection} (the projection's writes, e.g. one bulk
     * write), then the ledger's changes and the partitions' next offsets. The projection is written before the ledger,
     * so a crash in between re-applies the poll, which idempotent projections absorb.
     */
    public static void fold(ProjectionLedger ledger, List<Positioned> records, java.util.function.Consumer<EventEnvelope> apply,
                            Runnable writeProjection) {
        List<EventEnvelope> events = events(records);
        LedgerBatch batch = ledger.batch(events);
        for (EventEnvelope event : events) {
            batch.handle(event, apply);
        }
        writeProjection.run();
        records.forEach(r -> batch.position(r.topic(), r.partition(), r.offset() + 1));
        batch.commit();
    }

    /** The readable events of the records, in order. */
    public static List<EventEnvelope> events(List<Positioned> records) {
        return records.stream().map(Positioned::event).filter(e -> e != null).toList();
    }

    /**
     * Sends an unreadable record to a dead-letter topic, with its CloudEvents headers and where it came from, as the
     * binder does for a record that fails alone.
     */
    public static void deadLetter(StreamBridge bridge, String deadLetterTopic, Unreadable record, RuntimeException error) {
        log.error("Record {}/{}@{} is not a readable event ({}); sent to {}", record.topic(), record.partition(),
                record.offset(), error.getMessage(), deadLetterTopic);
        MessageBuilder<byte[]> dead = MessageBuilder.withPayload(record.payload());
        record.headers().forEach((name, value) -> {
            if (name.startsWith("ce_")) {
                dead.setHeader(name, value);
            }
        });
        if (record.key() != null) {
            // the household's key, so the dead letter sits beside its household's other records
            dead.setHeader(KafkaHeaders.KEY, record.key());
        }
        dead.setHeader("x-original-topic", record.topic());
        dead.setHeader("x-original-partition", record.partition());
        dead.setHeader("x-original-offset", record.offset());
        dead.setHeader("x-exception-message", error.getMessage());
        if (!bridge.send(deadLetterTopic, dead.build())) {
            throw new IllegalStateException("record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " could not be sent to " + deadLetterTopic);
        }
    }

    /**
     * Batch mode has no binder retries: a failed batch (the read-model store unreachable) is tried again here, five
     * times in all with growing pauses, before the exception reaches the binder (which sends the batch to the
     * dead-letter topic). Applying a batch again is harmless: the ledger is written last and projections write
     * idempotently.
     */
    public static <T> T withRetries(String projection, Supplier<T> batch) {
        long pause = 500;
        for (int attempt = 1; ; attempt++) {
            try {
                return batch.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.warn("Projection {}: batch failed (attempt {} of {}), trying again in {} ms: {}", projection, attempt,
                        ATTEMPTS, pause, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 4, 10_000);
            }
        }
    }
}

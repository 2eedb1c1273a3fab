package io.jiandang.reporting.register.adapters.out.readmodel;

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

/**
 * Reads a Spring Cloud Stream Kafka batch (batch mode: the payloads as a list, each record's headers in
 * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}, topics, partitions and offsets as lists in the same order) into
 * positioned events.
 */
final class RegisterBatchMessages {

    private static final Logger log = LoggerFactory.getLogger(RegisterBatchMessages.class);

    /** A record of a batch that could not be read as an event. */
    record Unreadable(byte[] payload, Map<String, Object> headers, String topic, int partition, long offset) {
    }

    private RegisterBatchMessages() {
    }

    @SuppressWarnings("unchecked")
    static List<RegisterBatches.Positioned> records(Message<List<byte[]>> message,
                                                     BiConsumer<Unreadable, RuntimeException> unreadable) {
        List<byte[]> payloads = message.getPayload();
        List<Map<String, Object>> headers = (List<Map<String, Object>>) message.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<String> topics = (List<String>) message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        List<Integer> partitions = (List<Integer>) message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION);
        List<Long> offsets = (List<Long>) message.getHeaders().get(KafkaHeaders.OFFSET);
        if (headers == null || topics == null || partitions == null || offsets == null) {
            throw new IllegalStateException("not a Kafka batch (consumer.batch-mode must be true): headers " + message.getHeaders().keySet());
        }
        List<RegisterBatches.Positioned> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            EventEnvelope event;
            try {
                event = EventEnvelopeCodec.fromHeaders(headers.get(i), payloads.get(i));
            } catch (EventEnvelopeCodec.MalformedEnvelopeException e) {
                unreadable.accept(new Unreadable(payloads.get(i), headers.get(i), topics.get(i), partitions.get(i), offsets.get(i)), e);
                event = null;
            }
            records.add(new RegisterBatches.Positioned(event, topics.get(i), partitions.get(i), offsets.get(i)));
        }
        return records;
    }

    /** Sends an unreadable record to the binding's dead-letter topic ({@code error.<topic>.<group>}), as the binder would. */
    static void deadLetter(StreamBridge bridge, String group, Unreadable record, RuntimeException error) {
        String topic = "error." + record.topic() + "." + group;
        log.error("Record {}/{}@{} is not a readable event ({}); sent to {}", record.topic(), record.partition(),
                record.offset(), error.getMessage(), topic);
        MessageBuilder<byte[]> dead = MessageBuilder.withPayload(record.payload());
        record.headers().forEach((name, value) -> {
            if (name.startsWith("ce_")) {
                dead.setHeader(name, value);
            }
        });
        dead.setHeader("x-original-topic", record.topic());
        dead.setHeader("x-original-partition", record.partition());
        dead.setHeader("x-original-offset", record.offset());
        dead.setHeader("x-exception-message", error.getMessage());
        if (!bridge.send(topic, dead.build())) {
            throw new IllegalStateException("record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " could not be sent to " + topic);
        }
    }
}

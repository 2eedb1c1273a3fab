package io.jiandang.readmodel;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Feeds messages from a Spring Cloud Stream Kafka binding into a projection through its ledger: decodes the
 * CloudEvents envelope, applies the event exactly once in effect, then stores the partition's next offset
 * with the data.
 */
public final class ProjectionMessages {

    private ProjectionMessages() {
    }

    public static ProjectionLedger.Outcome handle(Message<byte[]> message, ProjectionLedger ledger,
                                                  Consumer<EventEnvelope> apply) {
        EventEnvelope event = EventEnvelopeCodec.fromHeaders(message.getHeaders(), message.getPayload());
        ProjectionLedger.Outcome outcome = ledger.handle(event, apply);
        String topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
        if (topic != null && partition != null && offset != null) {
            ledger.storePosition(topic, partition, offset + 1);
        }
        return outcome;
    }
}

package io.jiandang.audit.log.adapters.in.messaging;

import com.mongodb.client.MongoDatabase;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.readmodel.LedgerPositionsRebalanceListener;
import io.jiandang.readmodel.ProjectionLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The binding {@code auditLog-in-0}, subscribed to every topic listed in {@code jiandang.audit.topics}
 * (registration, relapse, assistance, exit). Events are read generically — CloudEvents headers and a JSON body,
 * no producer's classes — and appended once each, in each aggregate's order.
 */
@Configuration(proxyBeanMethods = false)
public class AuditLogConsumerConfiguration {

    static final String BINDING = "auditLog-in-0";

    /** The ledger of the binding's partition positions (the data's own resume point, for a rebuild). */
    @Bean
    public ProjectionLedger auditLogPositions(MongoDatabase auditDatabase, Clock clock) {
        return new ProjectionLedger(auditDatabase, "audit_log", clock);
    }

    @Bean
    public AuditSequenceLedgers auditSequenceLedgers(MongoDatabase auditDatabase, Clock clock) {
        return new AuditSequenceLedgers(auditDatabase, clock);
    }

    @Bean
    public Consumer<Message<byte[]>> auditLog(ProjectionLedger auditLogPositions, AuditSequenceLedgers ledgers,
                                              AuditLogAppender appender) {
        return message -> {
            String topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class);
            EventEnvelope event = EventEnvelopeCodec.fromHeaders(message.getHeaders(), message.getPayload());
            ledgers.of(topic, event).handle(event, e -> appender.append(topic, e));
            Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
            Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
            if (topic != null && partition != null && offset != null) {
                auditLogPositions.storePosition(topic, partition, offset + 1);
            }
        };
    }

    @Bean
    public LedgerPositionsRebalanceListener auditLogRebalanceListener(ProjectionLedger auditLogPositions) {
        return new LedgerPositionsRebalanceListener(Map.of(BINDING, auditLogPositions));
    }
}

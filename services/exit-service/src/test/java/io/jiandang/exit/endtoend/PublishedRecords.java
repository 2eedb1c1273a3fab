package io.jiandang.exit.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.envelope.EventTypes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;

/**
 * Plays another service in a test: publishes its contract events on its topic as that service's publisher would,
 * CloudEvents headers and all (type, source, subject, per-aggregate sequence, actor, household key), through the
 * shared {@link EventEnvelopeCodec}.
 */
final class PublishedRecords implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    PublishedRecords(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(config);
    }

    /** One aggregate's event stream on a context's topic: each publish takes the next sequence number. */
    Stream stream(String context, String aggregateType, String aggregateId, String householdId, String divisionCode,
                  EventEnvelope.ActorStamp actor) {
        return new Stream(context, aggregateType, aggregateId, householdId, divisionCode, actor);
    }

    final class Stream {
        private final String context;
        private final String aggregateType;
        private final String aggregateId;
        private final String householdId;
        private final String divisionCode;
        private final EventEnvelope.ActorStamp actor;
        private long sequence;

        private Stream(String context, String aggregateType, String aggregateId, String householdId, String divisionCode,
                       EventEnvelope.ActorStamp actor) {
            this.context = context;
            this.aggregateType = aggregateType;
            this.aggregateId = aggregateId;
            this.householdId = householdId;
            this.divisionCode = divisionCode;
            this.actor = actor;
        }

        void publish(Object event, LocalDate effectiveOn) throws Exception {
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/" + context,
                    EventTypes.typeOf(context, event.getClass()), aggregateId, Instant.now(), sequence++, aggregateType,
                    divisionCode, actor, UUID.randomUUID().toString(), effectiveOn, json.writeValueAsBytes(event), householdId);
            producer.send(EventEnvelopeCodec.toRecord(context + ".events", envelope)).get();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

package io.jiandang.testing.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import io.jiandang.envelope.EventTypes;
import io.jiandang.testing.TestInfrastructure;
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
 * shared {@link EventEnvelopeCodec}. Every send waits for the broker's acknowledgement (acks=all), so what a test
 * published is on the topic before it goes on.
 */
public final class PublishedRecords implements AutoCloseable {

    /** The JSON of contract events as the services write them (dates as ISO text). */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, byte[]> producer;

    /** Publishes to the test infrastructure's broker. */
    public PublishedRecords() {
        this(TestInfrastructure.get().kafkaBootstrapServers());
    }

    public PublishedRecords(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(config);
    }

    /** Publishes one envelope made by the test on a topic and waits for the broker's acknowledgement. */
    public void publish(String topic, EventEnvelope envelope) throws Exception {
        producer.send(EventEnvelopeCodec.toRecord(topic, envelope)).get();
    }

    /** Publishes bytes that are not an event (no CloudEvents headers), as a faulty producer might. */
    public void publishRaw(String topic, String key, byte[] value) throws Exception {
        producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, key, value)).get();
    }

    /** Publishes one envelope on a topic of the test infrastructure's broker, with a producer of its own. */
    public static void publishOnce(String topic, EventEnvelope envelope) throws Exception {
        try (PublishedRecords records = new PublishedRecords()) {
            records.publish(topic, envelope);
        }
    }

    /** One aggregate's event stream on a context's topic: each publish takes the next sequence number. */
    public Stream stream(String context, String aggregateType, String aggregateId, String householdId,
                         String divisionCode, EventEnvelope.ActorStamp actor) {
        return new Stream(context, aggregateType, aggregateId, householdId, divisionCode, actor);
    }

    /** The envelope a context's publisher would write for an event, with fresh event and correlation ids. */
    public static EventEnvelope envelope(String context, String aggregateType, String aggregateId, long sequence,
                                         String householdId, String divisionCode, EventEnvelope.ActorStamp actor,
                                         Object event, LocalDate effectiveOn) {
        try {
            return new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/" + context,
                    EventTypes.typeOf(context, event.getClass()), aggregateId, Instant.now(), sequence, aggregateType,
                    divisionCode, actor, UUID.randomUUID().toString(), effectiveOn, JSON.writeValueAsBytes(event),
                    householdId);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public final class Stream {
        private final String context;
        private final String aggregateType;
        private final String aggregateId;
        private final String householdId;
        private final String divisionCode;
        private final EventEnvelope.ActorStamp actor;
        private long sequence;

        private Stream(String context, String aggregateType, String aggregateId, String householdId,
                       String divisionCode, EventEnvelope.ActorStamp actor) {
            this.context = context;
            this.aggregateType = aggregateType;
            this.aggregateId = aggregateId;
            this.householdId = householdId;
            this.divisionCode = divisionCode;
            this.actor = actor;
        }

        /** Publishes the stream's next event on {@code <context>.events}. */
        public void publish(Object event, LocalDate effectiveOn) throws Exception {
            PublishedRecords.this.publish(context + ".events", envelope(context, aggregateType, aggregateId,
                    sequence++, householdId, divisionCode, actor, event, effectiveOn));
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

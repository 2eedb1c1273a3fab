package io.jiandang.envelope;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import static io.jiandang.envelope.CloudEventHeaders.*;

/** Writes an {@link EventEnvelope} as a Kafka record and reads it back, in CloudEvents binary mode. */
public final class EventEnvelopeCodec {

    private EventEnvelopeCodec() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, EventEnvelope event) {
        return new ProducerRecord<>(topic, null, event.orderingKey(), event.data(), toHeaders(event));
    }

    public static Headers toHeaders(EventEnvelope e) {
        RecordHeaders headers = new RecordHeaders();
        put(headers, SPEC_VERSION, SPEC_VERSION_1_0);
        put(headers, ID, e.id());
        put(headers, SOURCE, e.source());
        put(headers, TYPE, e.type());
        put(headers, SUBJECT, e.subject());
        put(headers, TIME, e.time().toString());
        put(headers, CONTENT_TYPE, JSON);
        put(headers, SEQUENCE, e.sequence() == null ? null : e.sequence().toString());
        put(headers, AGGREGATE_TYPE, e.aggregateType());
        put(headers, DIVISION_CODE, e.divisionCode());
        put(headers, HOUSEHOLD_ID, e.householdId());
        if (e.actor() != null) {
            put(headers, ACTOR_ID, e.actor().id());
            put(headers, ACTOR_ROLE, e.actor().role());
            put(headers, ACTOR_LEVEL, e.actor().level());
            put(headers, ACTOR_JURISDICTION, e.actor().jurisdiction());
        }
        put(headers, CORRELATION_ID, e.correlationId());
        put(headers, EFFECTIVE_ON, e.effectiveOn() == null ? null : e.effectiveOn().toString());
        return headers;
    }

    public static EventEnvelope fromRecord(ConsumerRecord<?, byte[]> record) {
        Headers headers = record.headers();
        return read(name -> {
            Header h = headers.lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }, record.value());
    }

    /**
     * Reads an envelope from message headers as a messaging framework hands them over (Spring Cloud Stream's
     * Kafka binder passes unknown headers as raw bytes; strings are accepted too).
     */
    public static EventEnvelope fromHeaders(Map<String, ?> headers, byte[] body) {
        return read(name -> {
            Object v = headers.get(name);
            if (v == null) {
                return null;
            }
            return v instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : v.toString();
        }, body);
    }

    private static EventEnvelope read(Function<String, String> header, byte[] body) {
        String specVersion = header.apply(SPEC_VERSION);
        if (!SPEC_VERSION_1_0.equals(specVersion)) {
            throw new MalformedEnvelopeException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        String actorId = header.apply(ACTOR_ID);
        String sequence = header.apply(SEQUENCE);
        String effectiveOn = header.apply(EFFECTIVE_ON);
        String time = header.apply(TIME);
        if (body == null) {
            throw new MalformedEnvelopeException("record has no body");
        }
        try {
            return new EventEnvelope(
                    required(header, ID), required(header, SOURCE), required(header, TYPE), header.apply(SUBJECT),
                    Instant.parse(required(header, TIME)),
                    sequence == null ? null : Long.valueOf(sequence),
                    header.apply(AGGREGATE_TYPE), header.apply(DIVISION_CODE),
                    actorId == null ? null : new EventEnvelope.ActorStamp(actorId, header.apply(ACTOR_ROLE),
                            header.apply(ACTOR_LEVEL), header.apply(ACTOR_JURISDICTION)),
                    header.apply(CORRELATION_ID),
                    effectiveOn == null ? null : LocalDate.parse(effectiveOn),
                    body, header.apply(HOUSEHOLD_ID));
        } catch (RuntimeException e) {
            if (e instanceof MalformedEnvelopeException) {
                throw e;
            }
            throw new MalformedEnvelopeException("unreadable CloudEvents attributes (ce_time=" + time + "): " + e.getMessage());
        }
    }

    private static String required(Function<String, String> header, String name) {
        String value = header.apply(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEnvelopeException("missing header " + name);
        }
        return value;
    }

    private static void put(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A record that is not a readable Jiandang event: it goes to the dead-letter topic, the partition goes on. */
    public static final class MalformedEnvelopeException extends RuntimeException {
        public MalformedEnvelopeException(String message) {
            super(message);
        }
    }
}

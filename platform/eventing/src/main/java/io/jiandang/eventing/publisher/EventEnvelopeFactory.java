package io.jiandang.eventing.publisher;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;
import io.jiandang.eventing.EventMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

import java.io.IOException;
import java.time.LocalDate;

/** Turns a stored Axon event into the envelope that travels on Kafka. */
public final class EventEnvelopeFactory {

    private final String context;
    private final String source;
    private final ObjectMapper objectMapper;

    public EventEnvelopeFactory(String context, String source, ObjectMapper objectMapper) {
        this.context = context;
        this.source = source;
        this.objectMapper = objectMapper;
    }

    public EventEnvelope toEnvelope(EventMessage<?> message) {
        // serialized once; the two header fields are then read from those bytes (the top level only), where the
        // payload used to become a tree and then the tree bytes
        byte[] data;
        TopLevelFields body;
        try {
            data = objectMapper.writeValueAsBytes(message.getPayload());
            body = TopLevelFields.of(objectMapper, data);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize event " + message.getIdentifier(), e);
        }
        MetaData meta = message.getMetaData();
        String subject = null;
        Long sequence = null;
        String aggregateType = null;
        if (message instanceof DomainEventMessage<?> domain) {
            subject = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
            aggregateType = domain.getType();
        }
        String actorId = text(meta, EventMetadata.ACTOR_ID);
        String effectiveOn = text(meta, EventMetadata.EFFECTIVE_ON);
        return new EventEnvelope(message.getIdentifier(), source,
                EventTypes.typeOf(context, message.getPayloadType()), subject, message.getTimestamp(),
                sequence, aggregateType, body.divisionCode(),
                actorId == null ? null : new EventEnvelope.ActorStamp(actorId, text(meta, EventMetadata.ACTOR_ROLE),
                        text(meta, EventMetadata.ACTOR_LEVEL), text(meta, EventMetadata.ACTOR_JURISDICTION)),
                text(meta, EventMetadata.CORRELATION_ID),
                effectiveOn == null ? null : LocalDate.parse(effectiveOn),
                data, body.householdId());
    }

    /** The top-level string fields {@code divisionCode} and {@code householdId} of a JSON object, if present. */
    private record TopLevelFields(String divisionCode, String householdId) {

        static TopLevelFields of(ObjectMapper objectMapper, byte[] json) throws IOException {
            String divisionCode = null;
            String householdId = null;
            try (JsonParser parser = objectMapper.getFactory().createParser(json)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return new TopLevelFields(null, null);
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    // like JsonNode.path(name) of the tree: a repeated field counts with its last value
                    if ("divisionCode".equals(name)) {
                        divisionCode = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    } else if ("householdId".equals(name)) {
                        householdId = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    }
                    parser.skipChildren();
                }
            }
            return new TopLevelFields(divisionCode, householdId);
        }
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}

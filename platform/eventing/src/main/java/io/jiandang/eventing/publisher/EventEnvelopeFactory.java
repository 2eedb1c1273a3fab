package io.jiandang.eventing.publisher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;
import io.jiandang.eventing.EventMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

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
        JsonNode body = objectMapper.valueToTree(message.getPayload());
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
        try {
            return new EventEnvelope(message.getIdentifier(), source,
                    EventTypes.typeOf(context, message.getPayloadType()), subject, message.getTimestamp(),
                    sequence, aggregateType, body.path("divisionCode").isTextual() ? body.get("divisionCode").asText() : null,
                    actorId == null ? null : new EventEnvelope.ActorStamp(actorId, text(meta, EventMetadata.ACTOR_ROLE),
                            text(meta, EventMetadata.ACTOR_LEVEL), text(meta, EventMetadata.ACTOR_JURISDICTION)),
                    text(meta, EventMetadata.CORRELATION_ID),
                    effectiveOn == null ? null : LocalDate.parse(effectiveOn),
                    objectMapper.writeValueAsBytes(body),
                    body.path("householdId").isTextual() ? body.get("householdId").asText() : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize event " + message.getIdentifier(), e);
        }
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}

package io.jiandang.eventing.publisher;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which events of the publisher must stay in order: those with the same Kafka key, i.e. the same
 * {@link io.jiandang.envelope.EventEnvelope#orderingKey()} (the household when the event's JSON names a
 * {@code householdId}, whatever its aggregate; else the aggregate; else the event itself).
 *
 * <p>As the {@code kafka-publisher} processor's sequencing policy, it puts all events of one key in one segment,
 * which sends them in the order of the event store; the segments run side by side, each for other keys. Axon's
 * default (per aggregate) would not do: two aggregates writing about one household could land in two segments
 * and reach the household's partition out of order.
 *
 * <p>The household id is read through Jackson's view of the payload's class (the JSON property
 * {@code householdId}, found once per class), so that no event is serialized just to find its key.
 */
public final class HouseholdOrdering implements SequencingPolicy<EventMessage<?>> {

    private static final String HOUSEHOLD_ID = "householdId";

    private final ObjectMapper objectMapper;
    private final Map<Class<?>, Optional<AnnotatedMember>> accessors = new ConcurrentHashMap<>();

    public HouseholdOrdering(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return orderingKey(event);
    }

    /** The key the event will have on Kafka. */
    public String orderingKey(EventMessage<?> event) {
        String householdId = householdIdOf(event.getPayload());
        if (householdId != null) {
            return householdId;
        }
        if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            return domain.getAggregateIdentifier();
        }
        return event.getIdentifier();
    }

    /** The payload's top-level JSON {@code householdId} when it is a string, else null. */
    String householdIdOf(Object payload) {
        if (payload == null) {
            return null;
        }
        Optional<AnnotatedMember> accessor = accessors.computeIfAbsent(payload.getClass(), this::accessorOf);
        if (accessor.isPresent()) {
            Object value = accessor.get().getValue(payload);
            if (value == null || value instanceof String) {
                return (String) value;
            }
        }
        if (accessor.isEmpty() && !(payload instanceof Map<?, ?>) && !(payload instanceof JsonNode)) {
            return null;
        }
        // a property of another type (or a map, a tree): ask Jackson what the JSON holds, as the envelope does
        JsonNode value = objectMapper.valueToTree(payload).path(HOUSEHOLD_ID);
        return value.isTextual() ? value.asText() : null;
    }

    private Optional<AnnotatedMember> accessorOf(Class<?> type) {
        if (Map.class.isAssignableFrom(type) || JsonNode.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        BeanDescription description = objectMapper.getSerializationConfig()
                .introspect(objectMapper.constructType(type));
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (HOUSEHOLD_ID.equals(property.getName()) && property.couldSerialize()) {
                AnnotatedMember accessor = property.getAccessor();
                if (accessor != null) {
                    accessor.fixAccess(true);
                    return Optional.of(accessor);
                }
            }
        }
        return Optional.empty();
    }
}

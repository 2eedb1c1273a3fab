package io.jiandang.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an envelope's body into the contract record its type names ({@code io.jiandang.<context>.<Name>} →
 * {@code io.jiandang.contracts.<context>.<Name>Event}). A type the consumer has no contract class for (a newer
 * event, another context's) is skipped, never guessed; a body that does not fit its class is an error, which sends
 * the record to the dead-letter topic.
 */
public final class ContractEvents {

    private static final String CONTRACTS = "io.jiandang.contracts.";

    private final ObjectMapper objectMapper;
    /** Looked up once per type: a projection reads thousands of envelopes of a dozen types. */
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();

    public ContractEvents(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The event, or empty when there is no contract class for the envelope's type. */
    public Optional<Object> read(EventEnvelope envelope) {
        return read(envelope, Object.class);
    }

    /** The event when the envelope's contract class is a {@code kind} (e.g. a registration {@code HouseholdEvent}). */
    public <T> Optional<T> read(EventEnvelope envelope, Class<T> kind) {
        Optional<Class<?>> type = classes.computeIfAbsent(envelope.type(), ContractEvents::contractClass);
        if (type.isEmpty() || !kind.isAssignableFrom(type.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(kind.cast(objectMapper.readValue(envelope.data(), type.get())));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + envelope, e);
        }
    }

    private static Optional<Class<?>> contractClass(String type) {
        try {
            return Optional.of(Class.forName(CONTRACTS + EventTypes.contextOf(type) + "." + EventTypes.nameOf(type)
                    + "Event"));
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

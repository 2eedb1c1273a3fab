package io.jiandang.exit.facts.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads an envelope's body into the contract record its type names ({@code io.jiandang.<context>.<Name>} →
 * {@code io.jiandang.contracts.<context>.<Name>Event}); types this service has no contract class for are skipped.
 */
final class ContractEvents {

    private final ObjectMapper objectMapper;

    ContractEvents(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    Optional<Object> read(EventEnvelope envelope) {
        Class<?> type;
        try {
            type = Class.forName("io.jiandang.contracts." + EventTypes.contextOf(envelope.type()) + "."
                    + EventTypes.nameOf(envelope.type()) + "Event");
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(objectMapper.readValue(envelope.data(), type));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + envelope, e);
        }
    }
}

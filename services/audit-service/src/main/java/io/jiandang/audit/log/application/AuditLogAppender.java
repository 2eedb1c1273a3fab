package io.jiandang.audit.log.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.audit.log.domain.AuditedEvent;
import io.jiandang.audit.log.domain.ChainHead;
import io.jiandang.audit.log.domain.HashChain;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.envelope.EventEnvelope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Appends received events to the audit log, once each (idempotent on the event id), linking each to the head
 * of the whole log's chain and of its household's chain. One appender per service instance, and appends are
 * serialised, because a chain has one head: the audit service runs as a single consumer (ADR 0007).
 */
public class AuditLogAppender {

    private final AuditLog log;
    private final Clock clock;
    private final ObjectMapper json;

    public AuditLogAppender(AuditLog log, Clock clock, ObjectMapper json) {
        this.log = log;
        this.clock = clock;
        this.json = json;
    }

    /** @return the new entry, or empty when the event was already in the log */
    public synchronized Optional<LogEntry> append(String topic, EventEnvelope envelope) {
        if (log.contains(envelope.id())) {
            return Optional.empty();
        }
        String body = new String(envelope.data(), StandardCharsets.UTF_8);
        EventEnvelope.ActorStamp actor = envelope.actor();
        AuditedEvent event = new AuditedEvent(envelope.id(), topic, envelope.source(), envelope.type(),
                envelope.subject(), envelope.sequence(), envelope.aggregateType(), householdOf(envelope, body),
                envelope.divisionCode(), actor == null ? null : actor.id(), actor == null ? null : actor.role(),
                actor == null ? null : actor.level(), actor == null ? null : actor.jurisdiction(),
                envelope.correlationId(), envelope.time(), envelope.effectiveOn(), body, clock.instant());
        ChainHead logHead = log.logHead();
        String logHash = HashChain.link(logHead.hash(), event);
        LogEntry entry;
        if (event.householdId() == null) {
            entry = new LogEntry(event, logHead.nextPosition(), logHead.hash(), logHash, null, null, null);
        } else {
            ChainHead householdHead = log.householdHead(event.householdId());
            entry = new LogEntry(event, logHead.nextPosition(), logHead.hash(), logHash, householdHead.nextPosition(),
                    householdHead.hash(), HashChain.link(householdHead.hash(), event));
        }
        log.append(entry);
        return Optional.of(entry);
    }

    /** The {@code ce_householdid} header, or the body's {@code householdId} for a producer that sends no header. */
    private String householdOf(EventEnvelope envelope, String body) {
        if (envelope.householdId() != null) {
            return envelope.householdId();
        }
        try {
            JsonNode id = json.readTree(body).path("householdId");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}

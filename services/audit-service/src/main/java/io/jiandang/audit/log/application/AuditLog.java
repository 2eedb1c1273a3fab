package io.jiandang.audit.log.application;

import io.jiandang.audit.log.domain.ChainHead;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.divisions.DivisionLevel;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only audit log: entries are inserted, never updated or deleted, by the one appender. Reads are by
 * household, by event type, or the whole log in order.
 */
public interface AuditLog {

    boolean contains(String eventId);

    /** The whole log's head, as appended. */
    ChainHead logHead();

    /** A household's chain head, as appended ({@link ChainHead#EMPTY} for an unknown household). */
    ChainHead householdHead(String householdId);

    /** Inserts the entry, then records the new heads and the household's division. */
    void append(LogEntry entry);

    /** A household's entries in the order of its chain. */
    List<LogEntry> household(String householdId);

    /** Entries of one event type (e.g. every published registration policy), in log order. */
    List<LogEntry> ofType(String type);

    /** Every entry in log order. */
    void forEach(Consumer<LogEntry> action);

    Optional<AuditedHousehold> findHousehold(String householdId);

    /** Households whose last known village lies in the division (a code at any of the five levels). */
    List<AuditedHousehold> householdsWithin(String divisionCode, DivisionLevel level);

    long size();
}

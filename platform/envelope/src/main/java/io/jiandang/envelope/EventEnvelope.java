package io.jiandang.envelope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event as it travels between services: the CloudEvents attributes and Jiandang's extensions, with the
 * JSON body kept as bytes so that a consumer decides how to read it.
 *
 * @param id            the event id, stable from the event store to every consumer (idempotency key)
 * @param source        the producing context, e.g. {@code /jiandang/registration}
 * @param type          the event type, e.g. {@code io.jiandang.registration.HouseholdRegistered}
 * @param subject       the aggregate id; the household id for household events (also the Kafka key)
 * @param time          when the fact was recorded (the event store's timestamp)
 * @param sequence      the aggregate's sequence number of this event, from 0; {@code null} when the event
 *                      belongs to no aggregate
 * @param aggregateType the aggregate's type, or {@code null}
 * @param divisionCode  the division the event concerns (the household's village code), or {@code null}
 * @param actor         who acted, or {@code null} for facts the system derived itself
 * @param correlationId the request that caused it
 * @param effectiveOn   the business date the fact holds from, or {@code null}
 * @param data          the JSON body
 * @param householdId   the household the event concerns, or {@code null}: the Kafka key, so that one household's
 *                      events from different aggregates of a context (a relapse case, an exit, a pairing) keep
 *                      their order in one partition
 */
public record EventEnvelope(String id, String source, String type, String subject, Instant time, Long sequence,
                            String aggregateType, String divisionCode, ActorStamp actor, String correlationId,
                            LocalDate effectiveOn, byte[] data, String householdId) {

    /** An envelope of an event that concerns no household (or whose aggregate is the household). */
    public EventEnvelope(String id, String source, String type, String subject, Instant time, Long sequence,
                         String aggregateType, String divisionCode, ActorStamp actor, String correlationId,
                         LocalDate effectiveOn, byte[] data) {
        this(id, source, type, subject, time, sequence, aggregateType, divisionCode, actor, correlationId,
                effectiveOn, data, null);
    }

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** Who acted, as recorded with the event. */
    public record ActorStamp(String id, String role, String level, String jurisdiction) {
    }

    /**
     * The key that orders this event: the household id when the event concerns a household, else the aggregate
     * id, else the event id.
     */
    public String orderingKey() {
        return householdId != null ? householdId : subject != null ? subject : id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventEnvelope that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        // the body may hold personal data (encrypted, but still): never print it
        return "EventEnvelope[" + type + " " + id + " subject=" + subject + " seq=" + sequence + "]";
    }
}

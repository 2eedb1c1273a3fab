package io.jiandang.audit.support;

import io.jiandang.envelope.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Envelopes as the producers send them, for feeding the audit log in tests: the type, who acted, when it was
 * recorded (T), the business date (D) and the JSON body.
 */
public final class Events {

    public static final String VILLAGE = "451227101201";
    public static final EventEnvelope.ActorStamp VILLAGE_OFFICER =
            new EventEnvelope.ActorStamp("village-officer", "INFORMATION_OFFICER", "VILLAGE", VILLAGE);
    public static final EventEnvelope.ActorStamp COUNTY_OFFICER =
            new EventEnvelope.ActorStamp("county-officer", "INFORMATION_OFFICER", "COUNTY", "451227");

    private Events() {
    }

    /** A household event of a context: subject = household for registration, else its own aggregate id. */
    public static EventEnvelope event(String context, String name, String householdId, String subject, long sequence,
                                      String recordedAt, String effectiveOn, EventEnvelope.ActorStamp actor, String body) {
        return new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/" + context, "io.jiandang." + context + "." + name,
                subject, Instant.parse(recordedAt), sequence, aggregateOf(context), VILLAGE, actor, UUID.randomUUID().toString(),
                effectiveOn == null ? null : LocalDate.parse(effectiveOn), body.getBytes(StandardCharsets.UTF_8), householdId);
    }

    public static EventEnvelope registration(String name, String householdId, long sequence, String recordedAt,
                                             String effectiveOn, String body) {
        return event("registration", name, householdId, householdId, sequence, recordedAt, effectiveOn, VILLAGE_OFFICER, body);
    }

    private static String aggregateOf(String context) {
        return switch (context) {
            case "registration" -> "Household";
            case "exit" -> "HouseholdExit";
            case "relapse" -> "RelapseCase";
            default -> "Pairing";
        };
    }
}

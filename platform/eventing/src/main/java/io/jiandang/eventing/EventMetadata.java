package io.jiandang.eventing;

import org.axonframework.messaging.MetaData;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The metadata every command carries and every event inherits from it (Axon copies these keys from the
 * command to the events it produces, see {@code EventingAutoConfiguration}): who acted, on which
 * business date the fact holds ({@code effectiveOn}), and the correlation id of the request.
 *
 * <p>The recorded time is the event's own timestamp; the aggregate sequence is the event's sequence
 * number; neither is metadata.
 */
public final class EventMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_LEVEL = "actorLevel";
    public static final String ACTOR_JURISDICTION = "actorJurisdiction";
    public static final String CORRELATION_ID = "correlationId";
    public static final String EFFECTIVE_ON = "effectiveOn";

    /** The keys copied from a command to its events. */
    public static final String[] PROPAGATED_KEYS = {
            ACTOR_ID, ACTOR_ROLE, ACTOR_LEVEL, ACTOR_JURISDICTION, CORRELATION_ID, EFFECTIVE_ON
    };

    private EventMetadata() {
    }

    /**
     * Metadata for a command sent on behalf of a caller.
     *
     * @param actorId            the caller's user id (token subject)
     * @param actorRole          the caller's role name
     * @param actorLevel         the caller's division level name
     * @param actorJurisdiction  the caller's division code
     * @param correlationId      the request's correlation id, or {@code null} for a new one
     * @param effectiveOn        the business date the fact holds from
     */
    public static MetaData of(String actorId, String actorRole, String actorLevel, String actorJurisdiction,
                              String correlationId, LocalDate effectiveOn) {
        Map<String, Object> values = new HashMap<>();
        values.put(ACTOR_ID, Objects.requireNonNull(actorId, "actorId"));
        values.put(ACTOR_ROLE, Objects.requireNonNull(actorRole, "actorRole"));
        values.put(ACTOR_LEVEL, Objects.requireNonNull(actorLevel, "actorLevel"));
        values.put(ACTOR_JURISDICTION, Objects.requireNonNull(actorJurisdiction, "actorJurisdiction"));
        values.put(CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString());
        values.put(EFFECTIVE_ON, Objects.requireNonNull(effectiveOn, "effectiveOn").toString());
        return MetaData.from(values);
    }
}

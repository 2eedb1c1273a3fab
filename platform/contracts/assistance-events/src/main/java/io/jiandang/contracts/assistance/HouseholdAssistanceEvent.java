package io.jiandang.contracts.assistance;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An assistance event about one household (户). The household id is the Kafka key, so one household's events
 * keep their order across contexts that key by it; the division code is the household's village code.
 */
public interface HouseholdAssistanceEvent extends AssistanceEvent {

    /** The household's id, the registration context's household id (a UUID string). */
    String householdId();

    /** The household's village code: the same value as {@link #divisionCode()}, named for readers. */
    @JsonIgnore
    default String villageCode() {
        return divisionCode();
    }
}

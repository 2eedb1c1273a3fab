package io.jiandang.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event about one household (户). The household id is the Kafka key, so one household's events keep
 * their order; the division code is the household's village code (行政村).
 */
public interface HouseholdEvent extends RegistrationEvent {

    /** The household's id, a UUID string. */
    String householdId();

    /** The household's village code: the same value as {@link #divisionCode()}, named for readers. */
    @JsonIgnore
    default String villageCode() {
        return divisionCode();
    }
}

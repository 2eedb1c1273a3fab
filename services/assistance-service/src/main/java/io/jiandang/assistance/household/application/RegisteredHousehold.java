package io.jiandang.assistance.household.application;

import java.math.BigDecimal;

/**
 * What this service knows of a household from {@code registration.events}: whether it is registered, its
 * village, its score and how many members it has.
 *
 * @param status        SURVEYED, REGISTERED or REMOVED
 * @param score         the latest score (lower = poorer)
 * @param members       the number of members
 * @param lastSequence  the registration aggregate's sequence of the last event applied
 */
public record RegisteredHousehold(String householdId, String divisionCode, Status status, BigDecimal score,
                                  int members, long lastSequence) {

    /** The household's standing in the register, as far as assistance is concerned. */
    public enum Status { SURVEYED, REGISTERED, REMOVED }

    public boolean isRegistered() {
        return status == Status.REGISTERED;
    }
}

package io.jiandang.contracts.registration;

/**
 * The registration procedure ended without registration at a step, with the reason (an officer's decision,
 * or an upheld objection).
 *
 * @param step   the step at which the household was rejected
 * @param reason why
 */
public record RegistrationRejectedEvent(String householdId, String divisionCode, RegistrationStep step,
                                        String reason) implements HouseholdEvent {
}

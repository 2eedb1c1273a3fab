package io.jiandang.contracts.registration;

/**
 * A step of the registration procedure was passed by an officer of the step's level.
 *
 * @param step    the step passed
 * @param remark  the officer's remark, or {@code null}
 */
public record RegistrationStepPassedEvent(String householdId, String divisionCode, RegistrationStep step,
                                          String remark) implements HouseholdEvent {
}

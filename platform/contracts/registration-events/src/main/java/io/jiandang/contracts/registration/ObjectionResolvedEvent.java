package io.jiandang.contracts.registration;

/**
 * An objection was resolved. An upheld objection is followed by a {@link RegistrationRejectedEvent}.
 *
 * @param upheld whether the objection was found valid
 * @param reason the grounds of the resolution
 */
public record ObjectionResolvedEvent(String householdId, String divisionCode, String objectionId,
                                     RegistrationStep step, boolean upheld, String reason) implements HouseholdEvent {
}

package io.jiandang.contracts.registration;

/**
 * An objection (异议) to the household's registration was lodged during a public notice.
 *
 * @param objectionId the objection's id
 * @param step        the notice step it was lodged against
 * @param text        the objection as recorded
 */
public record ObjectionLodgedEvent(String householdId, String divisionCode, String objectionId,
                                   RegistrationStep step, String text) implements HouseholdEvent {
}

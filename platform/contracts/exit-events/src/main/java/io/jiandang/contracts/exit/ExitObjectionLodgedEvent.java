package io.jiandang.contracts.exit;

/** An objection (异议) to the exit was lodged while its notice was open. */
public record ExitObjectionLodgedEvent(String householdId, String divisionCode, String exitId, String objectionId,
                                       String text) implements HouseholdExitEvent {
}

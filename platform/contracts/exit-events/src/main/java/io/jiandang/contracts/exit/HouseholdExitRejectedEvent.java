package io.jiandang.contracts.exit;

/**
 * The household's exit was stopped: an objection was upheld, or a veto (一票否决) was found when the county
 * re-checked the vetoes at cancellation. The household stays registered as poor.
 *
 * @param reason   why
 * @param vetoCode the veto rule found, or {@code null}
 * @param evidence the veto's evidence reference, or {@code null}
 */
public record HouseholdExitRejectedEvent(String householdId, String divisionCode, String exitId, String reason,
                                         String vetoCode, String evidence) implements HouseholdExitEvent {
}

package io.jiandang.contracts.registration;

/**
 * A registered household was removed from the register (剔除), either by a county officer's decision or by a
 * veto found after registration.
 *
 * @param reason        why (for a veto, the rule's description)
 * @param vetoCode      the veto rule's code, or {@code null} when not removed by a veto
 * @param evidence      the veto's evidence, or {@code null}
 * @param policyVersion the policy version whose veto rule was applied, or {@code null}
 */
public record HouseholdRemovedEvent(String householdId, String divisionCode, String reason, String vetoCode,
                                    String evidence, Integer policyVersion) implements HouseholdEvent {
}

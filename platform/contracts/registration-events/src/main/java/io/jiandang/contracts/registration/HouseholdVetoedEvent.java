package io.jiandang.contracts.registration;

/**
 * A veto (一票否决) was found before registration: the procedure is closed and the household is not
 * registered.
 *
 * @param vetoCode        the veto rule's code
 * @param vetoDescription the rule's description in the policy version applied
 * @param evidence        the evidence recorded (e.g. a property search hit, 财产检索)
 * @param policyVersion   the policy version whose rule was applied
 */
public record HouseholdVetoedEvent(String householdId, String divisionCode, String vetoCode, String vetoDescription,
                                   String evidence, int policyVersion) implements HouseholdEvent {
}

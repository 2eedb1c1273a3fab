package io.jiandang.contracts.registration;

import java.math.BigDecimal;

/**
 * The county announcement (县公告) was passed: the household is registered (建档立卡).
 *
 * @param score         the household's score
 * @param policyVersion the policy version of the score
 * @param people        the number of members at registration
 */
public record HouseholdRegisteredEvent(String householdId, String divisionCode, BigDecimal score,
                                       int policyVersion, int people) implements HouseholdEvent {
}

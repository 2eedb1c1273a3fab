package io.jiandang.contracts.registration;

import java.time.Instant;

/**
 * A public notice (公示) of the household was opened; it can be passed once {@code closesAt} is reached and
 * no objection is open.
 *
 * @param step             the notice step (village or township notice)
 * @param openedAt         when the notice was opened
 * @param closesAt         the end of the notice period
 * @param noticePeriodDays the period applied
 * @param policyVersion    the policy version that gave the period
 */
public record NoticeOpenedEvent(String householdId, String divisionCode, RegistrationStep step, Instant openedAt,
                                Instant closesAt, int noticePeriodDays, int policyVersion) implements HouseholdEvent {
}

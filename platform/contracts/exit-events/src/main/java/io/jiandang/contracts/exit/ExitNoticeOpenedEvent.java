package io.jiandang.contracts.exit;

import java.time.Instant;

/**
 * The household's exit was put on public notice (公示); objections can be lodged until {@code closesAt}.
 *
 * @param noticePeriodDays the notice period of the policy version the assessment used
 */
public record ExitNoticeOpenedEvent(String householdId, String divisionCode, String exitId, Instant opensAt,
                                    Instant closesAt, int noticePeriodDays) implements HouseholdExitEvent {
}

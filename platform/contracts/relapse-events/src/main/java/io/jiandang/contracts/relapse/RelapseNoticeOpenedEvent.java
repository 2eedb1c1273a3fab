package io.jiandang.contracts.relapse;

import java.time.Instant;

/**
 * The township reviewed the case and opened its public notice (乡镇审核公示). Objections can be lodged until
 * {@code closesAt}; the step is passed once the notice is over and every objection is answered. The notice
 * shows the household, its village and the causes only: no ID number, phone, bank account or health detail.
 *
 * @param review           the township's review outcome
 * @param noticePeriodDays the notice period of the case's policy version
 */
public record RelapseNoticeOpenedEvent(String caseId, String householdId, String divisionCode, String review,
                                       Instant opensAt, Instant closesAt, int noticePeriodDays, int policyVersion)
        implements RelapseCaseEvent {
}

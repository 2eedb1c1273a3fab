package io.jiandang.contracts.relapse;

import java.time.LocalDate;
import java.util.List;

/**
 * The county approved and announced the relapse (县级审定公告): the household is poor again, managed as a
 * registered poor household, from {@code poorAgainFrom}. It is not eligible for another relapse until a new exit.
 *
 * @param exitId        the exit the relapse is shown against
 * @param policyVersion the relapse policy version the case followed
 */
public record RelapseApprovedEvent(String caseId, String householdId, String divisionCode, LocalDate poorAgainFrom,
                                   List<RelapseCause> causes, String exitId, int policyVersion)
        implements RelapseCaseEvent {
}

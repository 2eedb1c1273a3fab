package io.jiandang.contracts.relapse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A village officer filed a relapse application (返贫申请) for an exited household: step 1 of five. It is followed
 * by a {@link RelapseStepPassedEvent} of {@link RelapseStep#APPLICATION}.
 *
 * @param causes           why the household fell back (one or more)
 * @param netIncomePerHead the household's current yearly net income per head (yuan)
 * @param evidence         references to the evidence (document ids); never a personal number in clear
 * @param exitId           the exit (销号) the relapse is shown against
 * @param exitedOn         the business date of that exit
 * @param policyVersion    the relapse policy version (notice period, deadlines) the case follows
 * @param nextStepDueOn    the deadline of home verification under that policy
 */
public record RelapseAppliedEvent(String caseId, String householdId, String divisionCode, List<RelapseCause> causes,
                                  BigDecimal netIncomePerHead, List<String> evidence, String exitId,
                                  LocalDate exitedOn, int policyVersion, LocalDate nextStepDueOn)
        implements RelapseCaseEvent {
}

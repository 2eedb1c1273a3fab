package io.jiandang.contracts.relapse;

import java.time.LocalDate;
import java.util.List;

/**
 * A step of the relapse procedure was passed by an officer of the step's level.
 *
 * @param record        what the step recorded: the verification findings, the deliberation's result, the
 *                      township review, the county's decision; {@code null} for the application itself
 * @param verifiedBy    the verification team's members (home verification only, else empty)
 * @param meeting       the village meeting (village deliberation only, else {@code null})
 * @param nextStepDueOn the deadline of the next step, or {@code null} after the last
 */
public record RelapseStepPassedEvent(String caseId, String householdId, String divisionCode, RelapseStep step,
                                     String record, List<String> verifiedBy, VillageMeeting meeting,
                                     LocalDate nextStepDueOn) implements RelapseCaseEvent {
}

package io.jiandang.contracts.relapse;

/** The case was rejected at a step, with the reason: it is closed and the household stays exited. */
public record RelapseRejectedEvent(String caseId, String householdId, String divisionCode, RelapseStep step,
                                   String reason) implements RelapseCaseEvent {
}

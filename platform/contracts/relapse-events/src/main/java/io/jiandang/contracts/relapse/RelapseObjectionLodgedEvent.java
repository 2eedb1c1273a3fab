package io.jiandang.contracts.relapse;

/** An objection (异议) to the case was lodged while its public notice was open. */
public record RelapseObjectionLodgedEvent(String caseId, String householdId, String divisionCode, String objectionId,
                                          String text) implements RelapseCaseEvent {
}

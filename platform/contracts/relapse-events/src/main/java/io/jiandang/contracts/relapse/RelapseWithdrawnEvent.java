package io.jiandang.contracts.relapse;

/** The application was withdrawn by the village: the case is closed and the household stays exited. */
public record RelapseWithdrawnEvent(String caseId, String householdId, String divisionCode, String reason)
        implements RelapseCaseEvent {
}

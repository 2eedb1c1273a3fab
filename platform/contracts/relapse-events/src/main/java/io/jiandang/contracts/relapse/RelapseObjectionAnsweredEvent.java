package io.jiandang.contracts.relapse;

/**
 * The township answered an objection. An upheld objection is followed by a {@link RelapseRejectedEvent} at
 * {@link RelapseStep#TOWNSHIP_REVIEW_AND_NOTICE}.
 */
public record RelapseObjectionAnsweredEvent(String caseId, String householdId, String divisionCode,
                                            String objectionId, boolean upheld, String answer)
        implements RelapseCaseEvent {
}

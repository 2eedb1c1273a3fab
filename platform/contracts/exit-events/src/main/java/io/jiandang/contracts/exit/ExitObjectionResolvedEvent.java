package io.jiandang.contracts.exit;

/**
 * The township answered an objection. An upheld objection is followed by {@link HouseholdExitRejectedEvent}.
 */
public record ExitObjectionResolvedEvent(String householdId, String divisionCode, String exitId,
                                         String objectionId, boolean upheld, String answer)
        implements HouseholdExitEvent {
}

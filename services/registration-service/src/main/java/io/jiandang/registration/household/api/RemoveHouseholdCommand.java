package io.jiandang.registration.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a registered household from the register (剔除) with a reason; a county officer's decision. */
public record RemoveHouseholdCommand(@TargetAggregateIdentifier String householdId, String reason, Actor actor) {
}

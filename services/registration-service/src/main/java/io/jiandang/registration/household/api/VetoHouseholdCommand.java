package io.jiandang.registration.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Apply a veto rule (一票否决) of the current policy, with its evidence: before registration it closes the
 * procedure, after registration it removes the household.
 */
public record VetoHouseholdCommand(@TargetAggregateIdentifier String householdId, String vetoCode, String evidence,
                                   Actor actor) {
}

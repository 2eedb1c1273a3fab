package io.jiandang.registration.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A dynamic update (动态管理) of a registered household, tagged with its cycle ({@code 2016-Q3}, {@code 2016-H2},
 * {@code 2016-A}).
 */
public record UpdateHouseholdCommand(@TargetAggregateIdentifier String householdId, String cycle,
                                     HouseholdUpdate change, Actor actor) {
}

package io.jiandang.registration.household.api;

import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the public notice (公示) of a notice step, for the current policy's notice period. */
public record OpenNoticeCommand(@TargetAggregateIdentifier String householdId, RegistrationStep step, Actor actor) {
}

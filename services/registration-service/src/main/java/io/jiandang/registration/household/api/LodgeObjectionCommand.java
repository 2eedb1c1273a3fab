package io.jiandang.registration.household.api;

import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an objection (异议) against the household during its open notice. */
public record LodgeObjectionCommand(@TargetAggregateIdentifier String householdId, String objectionId,
                                    RegistrationStep step, String text, Actor actor) {
}

package io.jiandang.registration.household.api;

import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the household passed the next step of the procedure; {@code remark} is optional. */
public record PassRegistrationStepCommand(@TargetAggregateIdentifier String householdId, RegistrationStep step,
                                          String remark, Actor actor) {
}

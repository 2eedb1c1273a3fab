package io.jiandang.registration.household.api;

import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the procedure at the current step without registration; the reason is mandatory. */
public record RejectRegistrationCommand(@TargetAggregateIdentifier String householdId, RegistrationStep step,
                                        String reason, Actor actor) {
}

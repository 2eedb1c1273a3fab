package io.jiandang.exit.household.api;

import io.jiandang.contracts.exit.ExitSignatory;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * One signature of the double confirmation (双认定). The team member and the cadre sign with their own tokens;
 * the household head's signature on paper is recorded by an officer with the scan's reference.
 */
public record SignExitConfirmationCommand(@TargetAggregateIdentifier String exitId, ExitSignatory signatory,
                                          String evidenceReference, Actor actor) {
}

package io.jiandang.exit.household.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Cancellation (销号): the county re-checks every veto rule of the policy and, if none is found, records the exit
 * from a business date. Answers the {@link CancellationOutcome}.
 */
public record RecordHouseholdExitCommand(@TargetAggregateIdentifier String exitId, LocalDate exitedOn,
                                         List<VetoCheck> vetoChecks, Actor actor) {
}

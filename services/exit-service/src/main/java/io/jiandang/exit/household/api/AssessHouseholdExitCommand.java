package io.jiandang.exit.household.api;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * A township officer records the verification team's assessment of a household against 八有一超: the income
 * test is read from the signed income register, the guarantees are the team's findings.
 */
public record AssessHouseholdExitCommand(@TargetAggregateIdentifier String exitId, String householdId, int exitYear,
                                         List<CriterionFinding> guarantees, List<String> verificationTeam,
                                         Actor actor) {
}

package io.jiandang.registration.identification.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Set the county's cut-off line (分数线) over its surveyed households, those scored with {@code policyVersion}.
 * Answered with a {@link CutOffResult}.
 */
public record SetCutOffLineCommand(@TargetAggregateIdentifier String roundId, int policyVersion,
                                   List<ScoredHousehold> households, Actor actor) {
}

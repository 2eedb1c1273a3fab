package io.jiandang.registration.household.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Make the household a candidate of its county's identification round (sent by the system once the cut-off
 * line is set; the actor of the line is in the metadata). Repeating it for a candidate changes nothing.
 */
public record NominateCandidateCommand(@TargetAggregateIdentifier String householdId, String roundId,
                                       String countyCode, BigDecimal cutOffScore) {
}

package io.jiandang.contracts.registration;

import java.math.BigDecimal;

/**
 * The household's score lies at or below its county's cut-off line (分数线): it is a candidate and may
 * start the registration procedure.
 *
 * @param roundId     the identification round that set the line
 * @param cutOffScore the line
 */
public record HouseholdNominatedAsCandidateEvent(String householdId, String divisionCode, String roundId,
                                                 BigDecimal cutOffScore) implements HouseholdEvent {
}

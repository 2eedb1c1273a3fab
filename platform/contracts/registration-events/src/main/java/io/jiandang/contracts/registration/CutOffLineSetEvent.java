package io.jiandang.contracts.registration;

import java.math.BigDecimal;
import java.util.List;

/**
 * The county's cut-off line (分数线) was set: the households at or below it hold the number of people closest
 * to the poverty scale; they are the candidates.
 *
 * @param roundId              the round
 * @param divisionCode         the county's code
 * @param povertyScale         the scale the line was fitted to
 * @param cutOffScore          the line: the highest score among the candidates
 * @param candidateHouseholdIds the candidates, poorest first
 * @param candidatePeople      the people the candidates hold
 * @param householdsRanked     how many surveyed households were ranked
 * @param policyVersion        the policy version of the scores ranked
 */
public record CutOffLineSetEvent(String roundId, String divisionCode, int povertyScale, BigDecimal cutOffScore,
                                 List<String> candidateHouseholdIds, int candidatePeople, int householdsRanked,
                                 int policyVersion) implements RegistrationEvent {
}

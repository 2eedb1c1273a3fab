package io.jiandang.contracts.registration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A household was surveyed (入户调查) and scored (逐户打分) under a policy version.
 *
 * @param householdId   the new household's id
 * @param divisionCode  the household's village code
 * @param members       the members, personal data encrypted
 * @param score         the score (lower = poorer)
 * @param policyVersion the policy version the score was computed with
 * @param answers       the indicator answers, by item, each between 0 and 1
 * @param causes        the causes of poverty recorded
 * @param areas         the kinds of area the household lives in
 */
public record HouseholdSurveyedEvent(String householdId, String divisionCode, List<ProtectedMember> members,
                                     BigDecimal score, int policyVersion, Map<String, BigDecimal> answers,
                                     Set<PovertyCause> causes, Set<PovertyArea> areas) implements HouseholdEvent {
}

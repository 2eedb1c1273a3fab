package io.jiandang.registration.household.api;

import java.math.BigDecimal;

/** The answer to a survey: the household's id, its score and the policy version the score used. */
public record SurveyOutcome(String householdId, BigDecimal score, int policyVersion) {
}

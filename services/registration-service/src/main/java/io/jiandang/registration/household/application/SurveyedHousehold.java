package io.jiandang.registration.household.application;

import java.math.BigDecimal;

/** A household a cut-off line may rank: its score, the policy version of the score and its people. */
public record SurveyedHousehold(String householdId, String villageCode, BigDecimal score, int people,
                                int policyVersion) {
}

package io.jiandang.registration.identification.api;

import java.math.BigDecimal;

/** A surveyed household as the cut-off line ranks it. */
public record ScoredHousehold(String householdId, String villageCode, BigDecimal score, int people,
                              int policyVersion) {
}

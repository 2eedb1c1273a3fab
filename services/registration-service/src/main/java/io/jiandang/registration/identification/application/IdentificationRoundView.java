package io.jiandang.registration.identification.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * An identification round as shown; the line's fields are {@code null} until it is set.
 *
 * @param candidateHouseholds the candidates, poorest first
 */
public record IdentificationRoundView(String roundId, String countyCode, int year, int povertyScale,
                                      BigDecimal cutOffScore, Integer candidatePeople, Integer householdsRanked,
                                      Integer policyVersion, List<String> candidateHouseholds) {
}

package io.jiandang.registration.identification.api;

import java.math.BigDecimal;
import java.util.List;

/** The line set: its score, the candidate households (poorest first) and the people they hold. */
public record CutOffResult(BigDecimal cutOffScore, List<String> candidateHouseholds, int candidatePeople) {
}

package io.jiandang.reporting.register.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A household as the register shows it on a date, as known at a time.
 *
 * @param surveyedPeople   people counted at the survey (the rural population the incidence divides by)
 * @param people           current members
 * @param relapseCaseSteps each relapse case of the household and the last step it reached (APPROVED,
 *                         REJECTED, WITHDRAWN once decided)
 * @param reviewedCycles   update cycles in which the household's data was updated
 * @param paired           whether an assistance cadre is paired with it; {@code null} while assistance events are
 *                         not consumed
 */
public record HouseholdState(String householdId, String villageCode, RegisterStatus status, int surveyedPeople,
                             int people, List<String> causes, BigDecimal score, Integer policyVersion,
                             LocalDate exitedOn, Map<String, String> relapseCaseSteps, Set<String> reviewedCycles,
                             Boolean paired) {
}

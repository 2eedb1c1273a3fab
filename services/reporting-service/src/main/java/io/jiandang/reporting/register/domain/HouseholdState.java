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
 * @param cadres           the assistance cadres paired with it (结对帮扶), from the pairing events
 * @param povertyClass     the poverty class the assistance context set (PovertyClassChanged), or {@code null}
 *                         when it has set none
 * @param netIncomePerHeadByYear the yearly per-capita net income (人均纯收入) by calendar year, from the counted
 *                         income entries
 */
public record HouseholdState(String householdId, String villageCode, RegisterStatus status, int surveyedPeople,
                             int people, List<String> causes, BigDecimal score, Integer policyVersion,
                             LocalDate exitedOn, Map<String, String> relapseCaseSteps, Set<String> reviewedCycles,
                             Set<String> cadres, String povertyClass, Map<Integer, BigDecimal> netIncomePerHeadByYear) {

    /** Whether at least one cadre is paired with the household. */
    public boolean paired() {
        return !cadres.isEmpty();
    }
}

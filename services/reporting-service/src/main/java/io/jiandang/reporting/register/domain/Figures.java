package io.jiandang.reporting.register.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The figures of one division for one period (the definitions of Table 1 in domain.md), as at the end of the
 * period (business date) and as known at a time (recorded time). Maps are sorted so the canonical form used for
 * snapshot hashes does not depend on arrival order.
 *
 * @param ruralPopulation    the people surveyed in the division (入户调查): the register's own measure of the rural
 *                           registered population, the denominator of the incidence
 * @param incidence          poor people / rural population (4 decimals), {@code null} without a survey
 * @param exitHouseholds     households whose exit date lies in the period
 * @param exitPeople         their members on the exit date
 * @param poorPeopleAtStartOfYear poor people on the last day of the previous year
 * @param exitPeopleOfYear   exited people from the start of the period's year to the period's end
 * @param reductionSpeed     exitPeopleOfYear / poorPeopleAtStartOfYear (4 decimals), {@code null} when no poor
 * @param classes            poor households by poverty class (from the registration policy's class thresholds and
 *                           the household's score); empty when no published policy names thresholds
 * @param pairedHouseholds   poor households paired with a cadre; {@code null} until assistance events are consumed
 * @param relapseCasesByStep relapse cases by the last step reached (or APPROVED / REJECTED / WITHDRAWN)
 */
public record Figures(String divisionCode, String period, LocalDate asAt, Instant knownAt, int households,
                      SortedMap<String, Integer> householdsByStatus, int poorHouseholds, int poorPeople,
                      int ruralPopulation, BigDecimal incidence, int exitHouseholds, int exitPeople,
                      int poorPeopleAtStartOfYear, int exitPeopleOfYear, BigDecimal reductionSpeed,
                      SortedMap<String, Integer> causes, SortedMap<String, Integer> classes,
                      Integer pairedHouseholds, SortedMap<String, Integer> relapseCasesByStep) {
}

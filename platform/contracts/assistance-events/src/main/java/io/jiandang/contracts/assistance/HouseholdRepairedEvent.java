package io.jiandang.contracts.assistance;

import java.time.LocalDate;

/**
 * A household's pairing passed from one cadre to another (调整结对): from {@code repairedOn} the previous cadre
 * is no longer paired with the household and the new one is. One event, so that no consumer ever sees the
 * household with both or with neither.
 *
 * @param previousCadreId the cadre whose pairing ended
 * @param cadreId         the cadre paired instead
 * @param reason          why (free text, e.g. the previous cadre moved to another post)
 * @param repairedOn      the business date of the change
 * @param policyVersion   the assistance policy version whose households-per-cadre limit was applied
 */
public record HouseholdRepairedEvent(String householdId, String divisionCode, String previousCadreId,
                                     String cadreId, String reason, LocalDate repairedOn, int policyVersion)
        implements HouseholdAssistanceEvent {
}

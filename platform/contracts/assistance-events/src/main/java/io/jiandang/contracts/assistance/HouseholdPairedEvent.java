package io.jiandang.contracts.assistance;

import java.time.LocalDate;

/**
 * A cadre was paired with a household (结对帮扶). A household may have more than one cadre: fold the pairing
 * events of a household to know its cadres.
 *
 * @param cadreId       the cadre's id
 * @param reason        why this cadre (free text)
 * @param pairedOn      the business date the pairing holds from
 * @param policyVersion the assistance policy version whose households-per-cadre limit was applied
 */
public record HouseholdPairedEvent(String householdId, String divisionCode, String cadreId, String reason,
                                   LocalDate pairedOn, int policyVersion) implements HouseholdAssistanceEvent {
}

package io.jiandang.contracts.assistance;

import java.time.LocalDate;

/**
 * A cadre's pairing with a household ended without a replacement (the household may keep other cadres).
 *
 * @param cadreId the cadre whose pairing ended
 * @param reason  why (free text)
 * @param endedOn the business date the pairing ended
 */
public record PairingEndedEvent(String householdId, String divisionCode, String cadreId, String reason,
                                LocalDate endedOn) implements HouseholdAssistanceEvent {
}

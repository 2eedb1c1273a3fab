package io.jiandang.contracts.assistance;

import java.time.YearMonth;

/**
 * A monthly income entry was signed by the cadre or by the household.
 *
 * <p>The cadre signs with their own token: {@code recordedBy} is the cadre and {@code evidenceReference} is
 * {@code null}. The household signs on the paper register (signature or thumbprint); the village officer or the
 * paired cadre who saw it sign records it with a reference to the scanned page: {@code recordedBy} is that user
 * and {@code evidenceReference} names the scan. No name, phone or ID number of the signer is in the event.
 *
 * @param entryId           the entry signed
 * @param month             the entry's month
 * @param signatory         who signed
 * @param recordedBy        the user id of the cadre who signed, or of the officer or cadre who recorded the
 *                          household's signature
 * @param evidenceReference the reference of the signed page's scan for a household signature, else {@code null}
 */
public record IncomeEntrySignedEvent(String householdId, String divisionCode, String entryId, YearMonth month,
                                     Signatory signatory, String recordedBy, String evidenceReference)
        implements HouseholdAssistanceEvent {
}

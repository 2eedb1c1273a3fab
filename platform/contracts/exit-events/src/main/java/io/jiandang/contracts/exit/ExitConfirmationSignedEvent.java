package io.jiandang.contracts.exit;

/**
 * One of the three signatures of the double confirmation (双认定) was given.
 *
 * @param signatory         who signed
 * @param signedBy          the user id of the team member or cadre who signed, or of the officer who recorded
 *                          the household head's signature
 * @param evidenceReference the scan of the signed page for the household head, else {@code null}
 */
public record ExitConfirmationSignedEvent(String householdId, String divisionCode, String exitId,
                                          ExitSignatory signatory, String signedBy, String evidenceReference)
        implements HouseholdExitEvent {
}

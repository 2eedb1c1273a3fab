package io.jiandang.contracts.registration;

/**
 * A county opened its identification round (精准识别) for a year with its assigned poverty scale.
 *
 * @param roundId      the round's id ({@code <countyCode>-<year>})
 * @param divisionCode the county's code
 * @param year         the year of the round
 * @param povertyScale the number of poor people assigned to the county (贫困规模)
 */
public record IdentificationRoundOpenedEvent(String roundId, String divisionCode, int year, int povertyScale)
        implements RegistrationEvent {
}

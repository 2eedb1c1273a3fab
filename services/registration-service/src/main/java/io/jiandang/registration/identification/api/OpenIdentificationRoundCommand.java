package io.jiandang.registration.identification.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a county's identification round (精准识别) for a year with the county's poverty scale (贫困规模, people).
 * The round's id is {@link #roundIdOf(String, int)}: one round per county and year.
 */
public record OpenIdentificationRoundCommand(@TargetAggregateIdentifier String roundId, String countyCode, int year,
                                             int povertyScale, Actor actor) {

    public static String roundIdOf(String countyCode, int year) {
        return countyCode + "-" + year;
    }
}

package io.jiandang.assistance.pairing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Pair a cadre with a household (结对帮扶). */
public record PairHouseholdCommand(@TargetAggregateIdentifier String pairingId, String householdId,
                                   String divisionCode, String cadreId, String reason, LocalDate pairedOn) {

    /** The id of a household's pairing aggregate. */
    public static String idOf(String householdId) {
        return "pairing:" + householdId;
    }
}

package io.jiandang.assistance.pairing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** End a cadre's pairing with a household, without a replacement. */
public record EndPairingCommand(@TargetAggregateIdentifier String pairingId, String householdId, String divisionCode,
                                String cadreId, String reason, LocalDate endedOn) {
}

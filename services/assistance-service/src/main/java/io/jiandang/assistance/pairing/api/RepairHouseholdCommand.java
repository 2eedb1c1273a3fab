package io.jiandang.assistance.pairing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Pass a household from one of its cadres to another (调整结对). */
public record RepairHouseholdCommand(@TargetAggregateIdentifier String pairingId, String householdId,
                                     String divisionCode, String previousCadreId, String cadreId, String reason,
                                     LocalDate repairedOn) {
}

package io.jiandang.assistance.handbook.api;

import io.jiandang.contracts.assistance.AssistanceRecordKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Add an assistance record (a visit, funds, a problem solved) to the household's handbook of a year. */
public record RecordAssistanceCommand(@TargetAggregateIdentifier String handbookId, String householdId,
                                      String divisionCode, int year, AssistanceRecordKind kind, LocalDate occurredOn,
                                      String detail, BigDecimal amount) {
}

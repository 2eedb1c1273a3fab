package io.jiandang.contracts.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An assistance record (帮扶记录) was added to the household's handbook of a year.
 *
 * @param year       the handbook's year
 * @param recordId   the record's id within the handbook
 * @param kind       visit, funds or problem solved
 * @param occurredOn the business date of the visit, delivery or solution
 * @param detail     what happened (free text)
 * @param amount     the funds' amount in yuan for FUNDS, else {@code null}
 */
public record AssistanceRecordedEvent(String householdId, String divisionCode, int year, String recordId,
                                      AssistanceRecordKind kind, LocalDate occurredOn, String detail,
                                      BigDecimal amount) implements HouseholdAssistanceEvent {
}

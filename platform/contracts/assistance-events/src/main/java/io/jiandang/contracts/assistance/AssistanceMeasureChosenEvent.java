package io.jiandang.contracts.assistance;

import java.time.LocalDate;

/**
 * A measure was chosen for the household in its handbook of a year (因户施策).
 *
 * @param year     the handbook's year
 * @param measure  the measure
 * @param detail   what exactly (free text, e.g. "raise 20 goats")
 * @param chosenOn the business date
 */
public record AssistanceMeasureChosenEvent(String householdId, String divisionCode, int year,
                                           AssistanceMeasure measure, String detail, LocalDate chosenOn)
        implements HouseholdAssistanceEvent {
}

package io.jiandang.contracts.assistance;

/**
 * A household's handbook (帮扶手册) of a year was opened. The household's copy and the cadre's copy are both
 * rendered from this one handbook, so they cannot drift.
 *
 * @param year the handbook's year
 */
public record HandbookOpenedEvent(String householdId, String divisionCode, int year)
        implements HouseholdAssistanceEvent {
}

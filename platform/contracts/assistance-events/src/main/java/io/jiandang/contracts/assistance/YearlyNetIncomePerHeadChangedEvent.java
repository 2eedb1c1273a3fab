package io.jiandang.contracts.assistance;

import java.math.BigDecimal;

/**
 * A household's yearly per-capita net income (人均纯收入) changed, because an entry of that year was counted.
 * Derived from counted entries only: {@code netIncome} is the sum of the net incomes of the year's counted
 * months, {@code members} the members of the latest counted month, and {@code netIncomePerHead} is
 * {@code netIncome / members} rounded half-up to the fen (2 decimals). This is the figure the exit context
 * tests against the income line.
 *
 * @param year             the calendar year
 * @param netIncome        the household's net income over the counted months (yuan)
 * @param members          the members the income is shared by (those of the latest counted month)
 * @param netIncomePerHead the per-capita net income (yuan)
 * @param monthsCounted    how many months of the year have a counted entry (1 to 12)
 */
public record YearlyNetIncomePerHeadChangedEvent(String householdId, String divisionCode, int year,
                                                 BigDecimal netIncome, int members, BigDecimal netIncomePerHead,
                                                 int monthsCounted) implements HouseholdAssistanceEvent {
}

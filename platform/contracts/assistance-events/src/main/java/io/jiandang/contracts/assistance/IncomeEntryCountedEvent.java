package io.jiandang.contracts.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * A monthly income entry has both signatures (the paired cadre's and the household's) and now counts. It
 * carries the whole entry, so that a consumer can fold the income register without calling the service:
 * per household and month, the last counted entry is the month's income (a correction names the entry it
 * supersedes, which stops counting at the same moment). The yearly figure is published as
 * {@link YearlyNetIncomePerHeadChangedEvent}.
 *
 * @param entryId           the entry's id
 * @param month             the month the income is for
 * @param amounts           the month's income by source (yuan)
 * @param productionCosts   the month's production costs (yuan)
 * @param netIncome         the month's net income (yuan): the sum of the amounts minus the production costs
 * @param members           the household's members the month's income is shared by
 * @param supersedesEntryId the counted entry of the same month this one replaces, or {@code null}
 * @param cadreId           the cadre who signed
 */
public record IncomeEntryCountedEvent(String householdId, String divisionCode, String entryId, YearMonth month,
                                      Map<IncomeSource, BigDecimal> amounts, BigDecimal productionCosts,
                                      BigDecimal netIncome, int members, String supersedesEntryId, String cadreId)
        implements HouseholdAssistanceEvent {
}

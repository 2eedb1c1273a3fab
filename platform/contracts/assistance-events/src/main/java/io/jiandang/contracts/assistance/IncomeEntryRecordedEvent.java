package io.jiandang.contracts.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * A monthly income entry (收入登记表) was written down. It does NOT count yet: it counts once the cadre and the
 * household have both signed ({@link IncomeEntryCountedEvent}).
 *
 * @param entryId           the entry's id
 * @param month             the month the income is for
 * @param amounts           the month's income by source (yuan, each at least 0)
 * @param productionCosts   the month's production costs (生产经营性支出, yuan, at least 0)
 * @param netIncome         the month's net income: the sum of the amounts minus the production costs (yuan)
 * @param members           the household's members the month's income is shared by
 * @param supersedesEntryId the entry of the same month this one corrects, or {@code null}
 */
public record IncomeEntryRecordedEvent(String householdId, String divisionCode, String entryId, YearMonth month,
                                       Map<IncomeSource, BigDecimal> amounts, BigDecimal productionCosts,
                                       BigDecimal netIncome, int members, String supersedesEntryId)
        implements HouseholdAssistanceEvent {
}

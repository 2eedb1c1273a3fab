package io.jiandang.assistance.income.api;

import io.jiandang.contracts.assistance.IncomeSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * Write down a month's income entry (收入登记表) for a household. Answers the new entry's id.
 *
 * @param registerId        {@link #idOf(String, int)}
 * @param members           the household's members for the month (from the registration view)
 * @param supersedesEntryId the month's current entry this one corrects, or {@code null} for the month's first
 */
public record RecordIncomeEntryCommand(@TargetAggregateIdentifier String registerId, String householdId,
                                       String divisionCode, YearMonth month, Map<IncomeSource, BigDecimal> amounts,
                                       BigDecimal productionCosts, int members, String supersedesEntryId) {

    /** The id of a household's income register of a year. */
    public static String idOf(String householdId, int year) {
        return "income:" + householdId + ":" + year;
    }
}

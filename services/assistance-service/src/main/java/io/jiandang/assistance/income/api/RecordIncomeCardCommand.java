package io.jiandang.assistance.income.api;

import io.jiandang.contracts.assistance.IncomeSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Record a household's income card (一户一卡) of a year, or of several months of it, at once: every month is
 * written and signed by the paired cadre and by the household head (its signature recorded by the cadre with the
 * signed page's reference), exactly as a {@link RecordIncomeEntryCommand} followed by two
 * {@link SignIncomeEntryCommand}s would. All or nothing: one invalid month refuses the whole card, naming the
 * month by its index ({@code months[3].amounts.WAGES}). Answers the new entries' ids in the card's order.
 *
 * @param registerId {@link RecordIncomeEntryCommand#idOf(String, int)} of {@code year}
 * @param members    the household's members (from the registration view)
 * @param cadreId    the paired cadre, who signs and records the household's signature
 */
public record RecordIncomeCardCommand(@TargetAggregateIdentifier String registerId, String householdId,
                                      String divisionCode, int year, int members, String cadreId,
                                      List<Month> months) {

    /** One month of the card, with the reference of the page the household head signed. */
    public record Month(YearMonth month, Map<IncomeSource, BigDecimal> amounts, BigDecimal productionCosts,
                        String evidenceReference) {
    }
}

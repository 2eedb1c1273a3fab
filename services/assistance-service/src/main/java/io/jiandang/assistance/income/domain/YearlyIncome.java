package io.jiandang.assistance.income.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;

/**
 * A household's yearly per-capita net income (人均纯收入), from the counted entries of the year only: the sum
 * of the months' net incomes, shared by the members of the latest counted month, rounded half-up to the fen.
 */
public record YearlyIncome(int year, BigDecimal netIncome, int members, BigDecimal netIncomePerHead, int monthsCounted) {

    /** One counted month. */
    public record CountedMonth(YearMonth month, BigDecimal netIncome, int members) {
    }

    public static YearlyIncome of(int year, Collection<CountedMonth> counted) {
        BigDecimal total = counted.stream().map(CountedMonth::netIncome).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        int members = counted.stream().max(Comparator.comparing(CountedMonth::month)).map(CountedMonth::members).orElse(0);
        BigDecimal perHead = members == 0 ? BigDecimal.ZERO.setScale(2)
                : total.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
        return new YearlyIncome(year, total, members, perHead, counted.size());
    }
}

package io.jiandang.assistance.income.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly per-capita figure: the months' net incomes over the members of the latest counted month. */
class YearlyIncomeTest {

    @Test
    void theMembersOfTheLatestCountedMonthShareTheYearsIncome() {
        YearlyIncome yearly = YearlyIncome.of(2016, List.of(
                new YearlyIncome.CountedMonth(YearMonth.of(2016, 3), new BigDecimal("1000"), 4),
                new YearlyIncome.CountedMonth(YearMonth.of(2016, 1), new BigDecimal("1000"), 4),
                new YearlyIncome.CountedMonth(YearMonth.of(2016, 2), new BigDecimal("1001"), 3)));

        assertThat(yearly.netIncome()).isEqualByComparingTo("3001");
        assertThat(yearly.members()).isEqualTo(4);
        assertThat(yearly.netIncomePerHead()).isEqualByComparingTo("750.25");
        assertThat(yearly.monthsCounted()).isEqualTo(3);
    }

    @Test
    void theFigureIsRoundedHalfUpToTheFen() {
        YearlyIncome yearly = YearlyIncome.of(2016, List.of(
                new YearlyIncome.CountedMonth(YearMonth.of(2016, 1), new BigDecimal("100"), 3)));

        assertThat(yearly.netIncomePerHead()).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    void noCountedMonthGivesZero() {
        assertThat(YearlyIncome.of(2016, List.of()).netIncomePerHead()).isEqualByComparingTo("0");
    }
}

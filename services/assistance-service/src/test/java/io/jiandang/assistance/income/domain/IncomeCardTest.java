package io.jiandang.assistance.income.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.income.api.RecordIncomeCardCommand;
import io.jiandang.assistance.income.api.RecordIncomeEntryCommand;
import io.jiandang.assistance.income.api.SignIncomeEntryCommand;
import io.jiandang.contracts.assistance.IncomeEntryCountedEvent;
import io.jiandang.contracts.assistance.IncomeEntryRecordedEvent;
import io.jiandang.contracts.assistance.IncomeEntrySignedEvent;
import io.jiandang.contracts.assistance.IncomeSource;
import io.jiandang.contracts.assistance.Signatory;
import io.jiandang.contracts.assistance.YearlyNetIncomePerHeadChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jiandang.assistance.support.AssistanceMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The income card (一户一卡): a year's months recorded and signed at once come out exactly as the same months
 * entered and signed one by one, and one invalid month refuses the whole card, named by its index.
 */
class IncomeCardTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private static final String CADRE = "cadre";
    private static final String ID = RecordIncomeEntryCommand.idOf(HOUSEHOLD, 2016);
    private static final YearMonth MAY = YearMonth.of(2016, 5);

    private final FixtureConfiguration<IncomeRegister> fixture = new AggregateTestFixture<>(IncomeRegister.class);

    /** Wages rising through the year, production sold in autumn: each month different, so order shows. */
    private static Map<IncomeSource, BigDecimal> amountsOf(int month) {
        return Map.of(IncomeSource.WAGES, new BigDecimal(900 + 10 * month + ".50"),
                IncomeSource.PRODUCTION, new BigDecimal(month >= 9 ? "300.00" : "50.00"));
    }

    private static BigDecimal costsOf(int month) {
        return new BigDecimal(20 + month);
    }

    private static String evidenceOf(YearMonth month) {
        return "scan:" + VILLAGE + "/" + month + "/p1";
    }

    private static RecordIncomeCardCommand.Month cardMonth(YearMonth month) {
        return new RecordIncomeCardCommand.Month(month, amountsOf(month.getMonthValue()), costsOf(month.getMonthValue()),
                evidenceOf(month));
    }

    private static RecordIncomeCardCommand card(List<RecordIncomeCardCommand.Month> months) {
        return new RecordIncomeCardCommand(ID, HOUSEHOLD, VILLAGE, 2016, 4, CADRE, months);
    }

    private static List<RecordIncomeCardCommand.Month> wholeYear() {
        List<RecordIncomeCardCommand.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(cardMonth(YearMonth.of(2016, m)));
        }
        return months;
    }

    private static IncomeEntryRecordedEvent recordedMay() {
        return new IncomeEntryRecordedEvent(HOUSEHOLD, VILLAGE, "2016-05.1", MAY, amountsOf(5), costsOf(5),
                new BigDecimal("975.50"), 4, null);
    }

    @Test
    void aCardGivesTheSameEventsAsTwelveEntriesRecordedAndSignedOneByOne() {
        FixtureConfiguration<IncomeRegister> oneByOne = new AggregateTestFixture<>(IncomeRegister.class);
        List<Object> singles = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2016, m);
            String entryId = month + ".1";
            singles.add(new RecordIncomeEntryCommand(ID, HOUSEHOLD, VILLAGE, month, amountsOf(m), costsOf(m), 4, null));
            singles.add(new SignIncomeEntryCommand(ID, entryId, Signatory.CADRE, CADRE, null));
            singles.add(new SignIncomeEntryCommand(ID, entryId, Signatory.HOUSEHOLD_HEAD, CADRE, evidenceOf(month)));
        }
        oneByOne.givenCommands(singles);
        List<Object> expected = oneByOne.getEventStore().readEvents(ID).asStream()
                .map(e -> (Object) e.getPayload()).toList();
        // the single path itself: 12 × (recorded, 2 signatures, counted, yearly figure), the last with 12 months
        assertThat(expected).hasSize(12 * 5);
        YearlyNetIncomePerHeadChangedEvent lastYearly = (YearlyNetIncomePerHeadChangedEvent) expected.get(expected.size() - 1);
        // wages 12 × 900.50 + 10 × 78 = 11586, production 8 × 50 + 4 × 300 = 1600, costs 12 × 20 + 78 = 318
        assertThat(lastYearly.netIncome()).isEqualByComparingTo("12868.00");
        assertThat(lastYearly.netIncomePerHead()).isEqualByComparingTo("3217.00");
        assertThat(lastYearly.monthsCounted()).isEqualTo(12);

        List<String> entryIds = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            entryIds.add(YearMonth.of(2016, m) + ".1");
        }
        fixture.givenNoPriorActivity()
                .when(card(wholeYear()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(entryIds)
                .expectEvents(expected.toArray());
    }

    @Test
    void aCardOfSomeMonthsAddsThemToTheMonthsAlreadyCounted() {
        YearMonth june = YearMonth.of(2016, 6);
        IncomeEntryRecordedEvent may = recordedMay();
        fixture.given(may,
                        new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE, "2016-05.1", MAY, Signatory.CADRE, CADRE, null),
                        new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE, "2016-05.1", MAY, Signatory.HOUSEHOLD_HEAD, CADRE,
                                evidenceOf(MAY)),
                        new IncomeEntryCountedEvent(HOUSEHOLD, VILLAGE, "2016-05.1", MAY, may.amounts(), may.productionCosts(),
                                may.netIncome(), 4, null, CADRE))
                .when(card(List.of(cardMonth(june))))
                .expectResultMessagePayload(List.of("2016-06.1"))
                .expectEvents(
                        new IncomeEntryRecordedEvent(HOUSEHOLD, VILLAGE, "2016-06.1", june, amountsOf(6), costsOf(6),
                                new BigDecimal("984.50"), 4, null),
                        new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE, "2016-06.1", june, Signatory.CADRE, CADRE, null),
                        new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE, "2016-06.1", june, Signatory.HOUSEHOLD_HEAD, CADRE,
                                evidenceOf(june)),
                        new IncomeEntryCountedEvent(HOUSEHOLD, VILLAGE, "2016-06.1", june, amountsOf(6), costsOf(6),
                                new BigDecimal("984.50"), 4, null, CADRE),
                        // 975.50 (May) + 984.50 (June) = 1960 over 4 members
                        new YearlyNetIncomePerHeadChangedEvent(HOUSEHOLD, VILLAGE, 2016, new BigDecimal("1960.00"), 4,
                                new BigDecimal("490.00"), 2));
    }

    @Test
    void cannotRecordACardWithAMonthThatAlreadyHasAnEntry() {
        fixture.given(recordedMay())
                .when(card(List.of(cardMonth(YearMonth.of(2016, 4)), cardMonth(MAY), cardMonth(YearMonth.of(2016, 6)))))
                .expectException(refusedWith(AssistanceErrorCode.MONTH_ALREADY_HAS_ENTRY, "months[1].month"))
                .expectNoEvents();
    }

    @Test
    void anInvalidMonthRefusesTheWholeCardNamingItsIndex() {
        List<RecordIncomeCardCommand.Month> months = new ArrayList<>(wholeYear());
        YearMonth april = YearMonth.of(2016, 4);
        months.set(3, new RecordIncomeCardCommand.Month(april, Map.of(IncomeSource.WAGES, new BigDecimal("-1")),
                BigDecimal.ZERO, evidenceOf(april)));
        fixture.givenNoPriorActivity()
                .when(card(months))
                .expectException(refusedWith(AssistanceErrorCode.INVALID_AMOUNT, "months[3].amounts.WAGES"))
                .expectNoEvents();
    }

    @Test
    void aMonthWithoutTheHouseholdHeadsSignedPageRefusesTheCard() {
        List<RecordIncomeCardCommand.Month> months = new ArrayList<>(wholeYear());
        YearMonth march = YearMonth.of(2016, 3);
        months.set(2, new RecordIncomeCardCommand.Month(march, amountsOf(3), costsOf(3), " "));
        fixture.givenNoPriorActivity()
                .when(card(months))
                .expectException(refusedWith(AssistanceErrorCode.EVIDENCE_REQUIRED, "months[2].evidenceReference"))
                .expectNoEvents();
    }

    @Test
    void aMonthTwiceOnTheCardIsRefused() {
        fixture.givenNoPriorActivity()
                .when(card(List.of(cardMonth(MAY), cardMonth(MAY))))
                .expectException(refusedWith(AssistanceErrorCode.MONTH_ALREADY_HAS_ENTRY, "months[1].month"))
                .expectNoEvents();
    }

    @Test
    void aMonthOfAnotherYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(card(List.of(cardMonth(MAY), cardMonth(YearMonth.of(2017, 1)))))
                .expectException(refusedWith(AssistanceErrorCode.DATE_OUTSIDE_YEAR, "months[1].month"))
                .expectNoEvents();
    }

    @Test
    void aCardWithoutMonthsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(card(List.of()))
                .expectException(refusedWith(AssistanceErrorCode.INCOME_CARD_EMPTY, "months"))
                .expectNoEvents();
    }
}

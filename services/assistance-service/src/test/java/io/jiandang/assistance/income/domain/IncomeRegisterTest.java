package io.jiandang.assistance.income.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
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

/**
 * The monthly income register (收入登记表): an entry counts only with both signatures; a correction is a new
 * entry superseding the old; the yearly per-capita net income comes from counted entries only.
 */
class IncomeRegisterTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private static final String ID = RecordIncomeEntryCommand.idOf(HOUSEHOLD, 2016);
    private static final YearMonth MAY = YearMonth.of(2016, 5);
    private static final String EVIDENCE = "scan:451227101201/2016-05/p12";

    private final FixtureConfiguration<IncomeRegister> fixture = new AggregateTestFixture<>(IncomeRegister.class);

    private static Map<IncomeSource, BigDecimal> amounts(String wages, String production) {
        return Map.of(IncomeSource.WAGES, new BigDecimal(wages), IncomeSource.PRODUCTION, new BigDecimal(production));
    }

    private static IncomeEntryRecordedEvent recorded(YearMonth month, int n, String wages, String production,
                                                     String costs, String net, String supersedes) {
        return new IncomeEntryRecordedEvent(HOUSEHOLD, VILLAGE, month + "." + n, month, amounts(wages, production),
                new BigDecimal(costs), new BigDecimal(net), 4, supersedes);
    }

    private static IncomeEntrySignedEvent byCadre(YearMonth month, int n) {
        return new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE, month + "." + n, month, Signatory.CADRE, "cadre", null);
    }

    private static IncomeEntrySignedEvent byHousehold(YearMonth month, int n) {
        return new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE, month + "." + n, month, Signatory.HOUSEHOLD_HEAD,
                "cadre", EVIDENCE);
    }

    private static IncomeEntryCountedEvent counted(YearMonth month, int n, String wages, String production,
                                                   String costs, String net, String supersedes) {
        return new IncomeEntryCountedEvent(HOUSEHOLD, VILLAGE, month + "." + n, month, amounts(wages, production),
                new BigDecimal(costs), new BigDecimal(net), 4, supersedes, "cadre");
    }

    @Test
    void anEntryIsWrittenWithItsNetIncomeAndDoesNotCountYet() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncomeEntryCommand(ID, HOUSEHOLD, VILLAGE, MAY, amounts("800.00", "450.50"),
                        new BigDecimal("150.00"), 4, null))
                .expectResultMessagePayload("2016-05.1")
                .expectEvents(recorded(MAY, 1, "800.00", "450.50", "150.00", "1100.50", null));
    }

    @Test
    void anEntryWithOnlyTheCadresSignatureDoesNotCount() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null))
                .when(new SignIncomeEntryCommand(ID, "2016-05.1", Signatory.CADRE, "cadre", null))
                .expectEvents(byCadre(MAY, 1));
    }

    @Test
    void anEntryWithOnlyTheHouseholdsSignatureDoesNotCount() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null))
                .when(new SignIncomeEntryCommand(ID, "2016-05.1", Signatory.HOUSEHOLD_HEAD, "cadre", EVIDENCE))
                .expectEvents(byHousehold(MAY, 1));
    }

    @Test
    void theSecondSignatureCountsTheEntryAndUpdatesTheYearlyIncome() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null), byCadre(MAY, 1))
                .when(new SignIncomeEntryCommand(ID, "2016-05.1", Signatory.HOUSEHOLD_REPRESENTATIVE, "village-officer", EVIDENCE))
                .expectEvents(new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE, "2016-05.1", MAY,
                                Signatory.HOUSEHOLD_REPRESENTATIVE, "village-officer", EVIDENCE),
                        counted(MAY, 1, "800", "450.50", "150", "1100.50", null),
                        new YearlyNetIncomePerHeadChangedEvent(HOUSEHOLD, VILLAGE, 2016, new BigDecimal("1100.50"), 4,
                                new BigDecimal("275.13"), 1));
    }

    @Test
    void aHouseholdSignatureWithoutEvidenceIsRefused() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null))
                .when(new SignIncomeEntryCommand(ID, "2016-05.1", Signatory.HOUSEHOLD_HEAD, "cadre", " "))
                .expectException(refusedWith(AssistanceErrorCode.EVIDENCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void theSameSideCannotSignTwice() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null), byCadre(MAY, 1))
                .when(new SignIncomeEntryCommand(ID, "2016-05.1", Signatory.CADRE, "cadre", null))
                .expectException(refusedWith(AssistanceErrorCode.ALREADY_SIGNED));
    }

    @Test
    void aMonthHasOneEntryUnlessANewOneSupersedesIt() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null))
                .when(new RecordIncomeEntryCommand(ID, HOUSEHOLD, VILLAGE, MAY, amounts("900", "0"), BigDecimal.ZERO, 4, null))
                .expectException(refusedWith(AssistanceErrorCode.MONTH_ALREADY_HAS_ENTRY));
    }

    @Test
    void aCorrectionMustSupersedeTheMonthsCurrentEntry() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null))
                .when(new RecordIncomeEntryCommand(ID, HOUSEHOLD, VILLAGE, YearMonth.of(2016, 6), amounts("900", "0"),
                        BigDecimal.ZERO, 4, "2016-05.1"))
                .expectException(refusedWith(AssistanceErrorCode.SUPERSEDED_ENTRY_NOT_CURRENT));
    }

    @Test
    void aCorrectionIsANewEntryNamingTheOneItSupersedes() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null), byCadre(MAY, 1), byHousehold(MAY, 1),
                        counted(MAY, 1, "800", "450.50", "150", "1100.50", null))
                .when(new RecordIncomeEntryCommand(ID, HOUSEHOLD, VILLAGE, MAY, amounts("900.00", "450.50"),
                        new BigDecimal("150.00"), 4, "2016-05.1"))
                .expectResultMessagePayload("2016-05.2")
                .expectEvents(recorded(MAY, 2, "900.00", "450.50", "150.00", "1200.50", "2016-05.1"));
    }

    @Test
    void aSupersededEntryCanNoLongerBeSigned() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null), byCadre(MAY, 1),
                        recorded(MAY, 2, "900", "450.50", "150", "1200.50", "2016-05.1"))
                .when(new SignIncomeEntryCommand(ID, "2016-05.1", Signatory.HOUSEHOLD_HEAD, "cadre", EVIDENCE))
                .expectException(refusedWith(AssistanceErrorCode.ENTRY_SUPERSEDED));
    }

    @Test
    void aCountedCorrectionReplacesTheSupersededEntryInTheYearlyIncome() {
        YearMonth june = YearMonth.of(2016, 6);
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null), byCadre(MAY, 1), byHousehold(MAY, 1),
                        counted(MAY, 1, "800", "450.50", "150", "1100.50", null),
                        recorded(june, 1, "1000", "0", "0", "1000", null), byCadre(june, 1), byHousehold(june, 1),
                        counted(june, 1, "1000", "0", "0", "1000", null),
                        recorded(MAY, 2, "900", "450.50", "150", "1200.50", "2016-05.1"), byCadre(MAY, 2))
                .when(new SignIncomeEntryCommand(ID, "2016-05.2", Signatory.HOUSEHOLD_HEAD, "cadre", EVIDENCE))
                .expectEvents(byHousehold(MAY, 2), counted(MAY, 2, "900", "450.50", "150", "1200.50", "2016-05.1"),
                        // 1200.50 (May, corrected) + 1000 (June) = 2200.50 over 4 members
                        new YearlyNetIncomePerHeadChangedEvent(HOUSEHOLD, VILLAGE, 2016, new BigDecimal("2200.50"), 4,
                                new BigDecimal("550.13"), 2));
    }

    @Test
    void twelveCountedMonthsGiveTheYearlyPerCapitaNetIncome() {
        List<Object> history = new ArrayList<>();
        for (int m = 1; m <= 11; m++) {
            YearMonth month = YearMonth.of(2016, m);
            history.add(recorded(month, 1, "1000", "200", "100", "1100", null));
            history.add(byCadre(month, 1));
            history.add(byHousehold(month, 1));
            history.add(counted(month, 1, "1000", "200", "100", "1100", null));
        }
        YearMonth december = YearMonth.of(2016, 12);
        history.add(recorded(december, 1, "1000", "200", "100", "1100", null));
        history.add(byHousehold(december, 1));
        fixture.given(history)
                .when(new SignIncomeEntryCommand(ID, "2016-12.1", Signatory.CADRE, "cadre", null))
                .expectEvents(byCadre(december, 1), counted(december, 1, "1000", "200", "100", "1100", null),
                        // 12 × 1100 = 13200 yuan for 4 members
                        new YearlyNetIncomePerHeadChangedEvent(HOUSEHOLD, VILLAGE, 2016, new BigDecimal("13200.00"), 4,
                                new BigDecimal("3300.00"), 12));
    }

    @Test
    void aNegativeAmountIsRefusedNamingTheSource() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncomeEntryCommand(ID, HOUSEHOLD, VILLAGE, MAY,
                        Map.of(IncomeSource.WAGES, new BigDecimal("-1")), BigDecimal.ZERO, 4, null))
                .expectException(refusedWith(AssistanceErrorCode.INVALID_AMOUNT));
    }

    @Test
    void signingAnUnknownEntryIsRefused() {
        fixture.given(recorded(MAY, 1, "800", "450.50", "150", "1100.50", null))
                .when(new SignIncomeEntryCommand(ID, "2016-06.1", Signatory.CADRE, "cadre", null))
                .expectException(refusedWith(AssistanceErrorCode.ENTRY_NOT_FOUND));
    }
}

package io.jiandang.assistance.handbook.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.handbook.api.ChooseMeasureCommand;
import io.jiandang.assistance.handbook.api.RecordAssistanceCommand;
import io.jiandang.contracts.assistance.AssistanceMeasure;
import io.jiandang.contracts.assistance.AssistanceMeasureChosenEvent;
import io.jiandang.contracts.assistance.AssistanceRecordKind;
import io.jiandang.contracts.assistance.AssistanceRecordedEvent;
import io.jiandang.contracts.assistance.HandbookOpenedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.jiandang.assistance.support.AssistanceMatchers.refusedWith;

/** The handbook (帮扶手册) of a year: opened by its first entry, measures once each, funds with their amount. */
class HandbookTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private static final String ID = ChooseMeasureCommand.idOf(HOUSEHOLD, 2016);
    private static final LocalDate MARCH = LocalDate.parse("2016-03-10");

    private final FixtureConfiguration<Handbook> fixture = new AggregateTestFixture<>(Handbook.class);

    private static AssistanceMeasureChosenEvent goats() {
        return new AssistanceMeasureChosenEvent(HOUSEHOLD, VILLAGE, 2016, AssistanceMeasure.INDUSTRY, "养殖山羊20只", MARCH);
    }

    @Test
    void theFirstMeasureOpensTheHandbookOfTheYear() {
        fixture.givenNoPriorActivity()
                .when(new ChooseMeasureCommand(ID, HOUSEHOLD, VILLAGE, 2016, AssistanceMeasure.INDUSTRY, "养殖山羊20只", MARCH))
                .expectEvents(new HandbookOpenedEvent(HOUSEHOLD, VILLAGE, 2016), goats());
    }

    @Test
    void aMeasureIsChosenOncePerYear() {
        fixture.given(new HandbookOpenedEvent(HOUSEHOLD, VILLAGE, 2016), goats())
                .when(new ChooseMeasureCommand(ID, HOUSEHOLD, VILLAGE, 2016, AssistanceMeasure.INDUSTRY, "种桑养蚕", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.MEASURE_ALREADY_CHOSEN));
    }

    @Test
    void recordsAreNumberedInTheHandbook() {
        LocalDate may = LocalDate.parse("2016-05-02");
        fixture.given(new HandbookOpenedEvent(HOUSEHOLD, VILLAGE, 2016), goats())
                .when(new RecordAssistanceCommand(ID, HOUSEHOLD, VILLAGE, 2016, AssistanceRecordKind.FUNDS, may,
                        "发放羊苗补助", new BigDecimal("2000.00")))
                .expectResultMessagePayload("1")
                .expectEvents(new AssistanceRecordedEvent(HOUSEHOLD, VILLAGE, 2016, "1", AssistanceRecordKind.FUNDS,
                        may, "发放羊苗补助", new BigDecimal("2000.00")));
    }

    @Test
    void fundsAreRecordedWithTheirAmount() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssistanceCommand(ID, HOUSEHOLD, VILLAGE, 2016, AssistanceRecordKind.FUNDS, MARCH,
                        "发放补助", null))
                .expectException(refusedWith(AssistanceErrorCode.AMOUNT_REQUIRED_FOR_FUNDS))
                .expectNoEvents();
    }

    @Test
    void aRecordOutsideTheHandbooksYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssistanceCommand(ID, HOUSEHOLD, VILLAGE, 2016, AssistanceRecordKind.VISIT,
                        LocalDate.parse("2017-01-02"), "入户走访", null))
                .expectException(refusedWith(AssistanceErrorCode.DATE_OUTSIDE_YEAR));
    }
}

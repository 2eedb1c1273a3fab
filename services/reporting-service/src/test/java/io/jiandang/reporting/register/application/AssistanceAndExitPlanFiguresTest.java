package io.jiandang.reporting.register.application;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.reporting.register.domain.Figures;
import io.jiandang.reporting.register.domain.Period;
import io.jiandang.reporting.register.domain.StatisticsCalculator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static io.jiandang.reporting.register.application.RegisterEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures from the assistance and exit plan contracts as plain objects: pairing coverage (as at and as known at),
 * the poverty class the assistance context set, the yearly per-capita net income, and exit plan progress.
 */
class AssistanceAndExitPlanFiguresTest {

    private static final String VILLAGE = "451227101201";
    private static final String OTHER_COUNTY_VILLAGE = "451221100201";
    private static final Instant REGISTERED_AT = Instant.parse("2016-05-10T02:00:00Z");
    private static final LocalDate REGISTERED_ON = LocalDate.parse("2016-05-10");
    private static final Instant LATER = Instant.parse("2019-01-01T00:00:00Z");

    private final InMemoryRegisterStore store = new InMemoryRegisterStore();
    private final RegisterProjection projection =
            new RegisterProjection(AssistanceFactReaders.registerOn(new FactReaders()), store, village -> { });

    private void feed(EventEnvelope... events) {
        for (EventEnvelope e : events) {
            projection.apply(e);
        }
    }

    private void registerHousehold(String id, String village, int people) {
        feed(surveyed(id, village, people, REGISTERED_AT, REGISTERED_ON), registered(id, village, people, 1, REGISTERED_AT, REGISTERED_ON));
    }

    private Figures figures(String division, String period, Instant knownAt) {
        return new StatisticsCalculator(store.classThresholds(), store.exitPlans())
                .figures(division, Period.parse(period), knownAt, store.within(division));
    }

    private static EventEnvelope assistance(String name, String household, String village, long seq, Instant at, String json) {
        return event("assistance", name, household, seq, household, village, at, null, json);
    }

    private static EventEnvelope paired(String household, String village, String cadre, LocalDate on, Instant at) {
        return assistance("HouseholdPaired", household, village, 0, at, """
                {"householdId":"%s","divisionCode":"%s","cadreId":"%s","reason":"first pairing","pairedOn":"%s","policyVersion":1}"""
                .formatted(household, village, cadre, on));
    }

    private static EventEnvelope repaired(String household, String village, String from, String to, LocalDate on, Instant at) {
        return assistance("HouseholdRepaired", household, village, 1, at, """
                {"householdId":"%s","divisionCode":"%s","previousCadreId":"%s","cadreId":"%s","reason":"moved","repairedOn":"%s","policyVersion":1}"""
                .formatted(household, village, from, to, on));
    }

    private static EventEnvelope pairingEnded(String household, String village, String cadre, LocalDate on, Instant at) {
        return assistance("PairingEnded", household, village, 2, at, """
                {"householdId":"%s","divisionCode":"%s","cadreId":"%s","reason":"retired","endedOn":"%s"}"""
                .formatted(household, village, cadre, on));
    }

    @Test
    void pairingCoverageIsPoorHouseholdsWithACadreOverPoorHouseholds() {
        registerHousehold("h1", VILLAGE, 3);
        registerHousehold("h2", VILLAGE, 4);
        registerHousehold("h3", VILLAGE, 2);
        registerHousehold("h4", OTHER_COUNTY_VILLAGE, 2);
        Instant at = Instant.parse("2016-06-02T00:00:00Z");
        feed(paired("h1", VILLAGE, "cadre-1", LocalDate.parse("2016-06-01"), at),
                paired("h1", VILLAGE, "cadre-2", LocalDate.parse("2016-06-01"), at),
                paired("h2", VILLAGE, "cadre-1", LocalDate.parse("2016-06-01"), at),
                paired("h4", OTHER_COUNTY_VILLAGE, "cadre-9", LocalDate.parse("2016-06-01"), at));

        Figures county = figures("451227", "2016-Q3", LATER);
        assertThat(county.poorHouseholds()).isEqualTo(3);
        assertThat(county.pairedHouseholds()).isEqualTo(2);
        assertThat(county.pairingCoverage()).isEqualByComparingTo("0.6667");
        assertThat(figures("450000", "2016-Q3", LATER).pairedHouseholds()).isEqualTo(3);
        // before the pairing's business date nobody was paired
        assertThat(figures("451227", "2016-Q1", LATER).pairedHouseholds()).isZero();
    }

    @Test
    void aPairingEndedLeavesTheHouseholdPairedOnlyWhileAnotherCadreRemains() {
        registerHousehold("h1", VILLAGE, 3);
        Instant at = Instant.parse("2016-06-02T00:00:00Z");
        feed(paired("h1", VILLAGE, "cadre-1", LocalDate.parse("2016-06-01"), at),
                paired("h1", VILLAGE, "cadre-2", LocalDate.parse("2016-06-01"), at),
                pairingEnded("h1", VILLAGE, "cadre-1", LocalDate.parse("2016-08-01"), Instant.parse("2016-08-01T01:00:00Z")));
        assertThat(figures("451227", "2016-Q3", LATER).pairedHouseholds()).isEqualTo(1);

        feed(pairingEnded("h1", VILLAGE, "cadre-2", LocalDate.parse("2016-09-01"), Instant.parse("2016-09-01T01:00:00Z")));
        assertThat(figures("451227", "2016-Q3", LATER).pairedHouseholds()).isZero();
        assertThat(figures("451227", "2016-Q3", LATER).pairingCoverage()).isEqualByComparingTo("0");
        assertThat(store.find("h1").orElseThrow().stateAsAt(LocalDate.parse("2016-08-15"), LATER).orElseThrow().cadres())
                .containsExactly("cadre-2");
    }

    @Test
    void aRepairingRecordedLateMovesTheAsAtCadreButNotWhatWasKnownBefore() {
        registerHousehold("h1", VILLAGE, 3);
        feed(paired("h1", VILLAGE, "cadre-1", LocalDate.parse("2016-06-01"), Instant.parse("2016-06-02T00:00:00Z")));
        // recorded in November, holding from August: the pairing passed from cadre-1 to cadre-2
        Instant recorded = Instant.parse("2016-11-20T03:00:00Z");
        feed(repaired("h1", VILLAGE, "cadre-1", "cadre-2", LocalDate.parse("2016-08-01"), recorded));

        var timeline = store.find("h1").orElseThrow();
        LocalDate endOfQ3 = LocalDate.parse("2016-09-30");
        assertThat(timeline.stateAsAt(endOfQ3, Instant.parse("2016-10-05T00:00:00Z")).orElseThrow().cadres()).containsExactly("cadre-1");
        assertThat(timeline.stateAsAt(endOfQ3, LATER).orElseThrow().cadres()).containsExactly("cadre-2");
        assertThat(timeline.stateAsAt(LocalDate.parse("2016-07-31"), LATER).orElseThrow().cadres()).containsExactly("cadre-1");
        // the household is paired throughout: never with both cadres, never with neither
        assertThat(figures("451227", "2016-Q3", Instant.parse("2016-10-05T00:00:00Z")).pairedHouseholds()).isEqualTo(1);
        assertThat(figures("451227", "2016-Q3", LATER).pairedHouseholds()).isEqualTo(1);
    }

    @Test
    void theClassTheAssistanceContextSetIsPreferredToTheOneComputedFromThresholds() {
        feed(event("registration", "RegistrationPolicyPublished", "policy", 0, null, "450000", REGISTERED_AT, REGISTERED_ON, """
                {"policyId":"policy","divisionCode":"450000","version":1,"indicators":[],"vetoRules":[],"noticePeriodDays":7,
                 "povertyClassThresholds":{"EXTREME":0.20,"SPECIAL":0.35,"MEDIUM":0.50,"GENERAL":1.0},"publishedAt":"2016-01-01T00:00:00Z"}"""));
        registerHousehold("h1", VILLAGE, 3);
        registerHousehold("h2", VILLAGE, 3);
        assertThat(figures("451227", "2016-Q3", LATER).classes()).containsExactly(Map.entry("SPECIAL", 2));

        feed(assistance("PovertyClassChanged", "h1", VILLAGE, 3, Instant.parse("2016-07-02T00:00:00Z"), """
                {"householdId":"h1","divisionCode":"%s","previousClass":null,"povertyClass":"EXTREME","score":0.18,
                 "policyVersion":2,"standardPerHousehold":5000,"changedOn":"2016-07-01"}""".formatted(VILLAGE)));

        assertThat(figures("451227", "2016-Q3", LATER).classes()).containsEntry("EXTREME", 1).containsEntry("SPECIAL", 1);
        // as at the end of Q2 the class had not been set yet
        assertThat(figures("451227", "2016-Q2", LATER).classes()).containsExactly(Map.entry("SPECIAL", 2));
    }

    @Test
    void theYearlyNetIncomePerHeadOfThePeriodsYearIsAveragedOverThePoorHouseholdsThatHaveOne() {
        registerHousehold("h1", VILLAGE, 3);
        registerHousehold("h2", VILLAGE, 3);
        registerHousehold("h3", VILLAGE, 3);
        feed(assistance("YearlyNetIncomePerHeadChanged", "h1", VILLAGE, 4, Instant.parse("2016-07-02T00:00:00Z"), """
                        {"householdId":"h1","divisionCode":"%s","year":2016,"netIncome":6000,"members":3,"netIncomePerHead":2000.00,"monthsCounted":6}"""
                        .formatted(VILLAGE)),
                assistance("YearlyNetIncomePerHeadChanged", "h2", VILLAGE, 4, Instant.parse("2016-07-02T00:00:00Z"), """
                        {"householdId":"h2","divisionCode":"%s","year":2016,"netIncome":7500,"members":3,"netIncomePerHead":2500.00,"monthsCounted":6}"""
                        .formatted(VILLAGE)));
        Figures q3 = figures("451227", "2016-Q3", LATER);
        assertThat(q3.incomeHouseholds()).isEqualTo(2);
        assertThat(q3.averageNetIncomePerHead()).isEqualByComparingTo("2250.00");
        assertThat(figures("451227", "2017-Q1", LATER).incomeHouseholds()).isZero();
        assertThat(figures("451227", "2017-Q1", LATER).averageNetIncomePerHead()).isNull();
    }

    @Test
    void exitPlanProgressComparesTheExitsOfThePlanYearWithTheCountysTarget() {
        registerHousehold("h1", VILLAGE, 3);
        registerHousehold("h2", VILLAGE, 4);
        registerHousehold("h3", OTHER_COUNTY_VILLAGE, 5);
        Instant planned = Instant.parse("2017-02-01T00:00:00Z");
        feed(event("exit", "ExitPlanAllocated", "plan-2017", 0, null, "450000", planned, LocalDate.parse("2017-02-01"), """
                {"planId":"plan-2017","divisionCode":"450000","year":2017,"regionalTarget":20,"policyVersion":1,
                 "allocations":[{"countyCode":"451227","indicators":{},"factor":0.6,"target":12},
                                {"countyCode":"451221","indicators":{},"factor":0.4,"target":8}]}"""));
        feed(exited("h1", VILLAGE, LocalDate.parse("2017-08-15"), Instant.parse("2017-08-16T00:00:00Z")),
                exited("h3", OTHER_COUNTY_VILLAGE, LocalDate.parse("2017-10-15"), Instant.parse("2017-10-16T00:00:00Z")));

        Figures county = figures("451227", "2017-Q3", LATER);
        assertThat(county.exitPlanYear()).isEqualTo(2017);
        assertThat(county.exitPlanTarget()).isEqualTo(12);
        assertThat(county.exitPeopleOfPlanYear()).isEqualTo(3);
        assertThat(county.exitPlanProgress()).isEqualByComparingTo("0.2500");
        Figures region = figures("450000", "2017-A", LATER);
        assertThat(region.exitPlanTarget()).isEqualTo(20);
        assertThat(region.exitPeopleOfPlanYear()).isEqualTo(8);
        assertThat(region.exitPlanProgress()).isEqualByComparingTo("0.4000");
        // no target below a county, none before the plan was recorded, none for another year
        assertThat(figures(VILLAGE, "2017-Q3", LATER).exitPlanTarget()).isNull();
        assertThat(figures("451227", "2017-Q3", Instant.parse("2017-01-15T00:00:00Z")).exitPlanTarget()).isNull();
        assertThat(figures("451227", "2018-Q1", LATER).exitPlanTarget()).isNull();
    }

    @Test
    void anExitCountsTowardItsPlanYearEvenWhenCancelledInTheNextYear() {
        registerHousehold("h1", VILLAGE, 3);
        feed(event("exit", "HouseholdExited", "exit-h1", 0, "h1", VILLAGE, Instant.parse("2018-01-10T00:00:00Z"),
                LocalDate.parse("2018-01-10"), """
                {"householdId":"h1","divisionCode":"%s","exitId":"exit-h1","exitYear":2017,"exitedOn":"2018-01-10","netIncomePerHead":3500,
                 "incomeLine":3146,"criteriaVersion":1,"trackingEndsOn":"2020-01-09","observationEndsOn":"2021-01-09"}""".formatted(VILLAGE)));
        assertThat(figures("451227", "2018-Q1", LATER).exitPeopleOfPlanYear()).isZero();
        assertThat(figures("451227", "2018-Q1", LATER).exitHouseholds()).isEqualTo(1);
        // the 2017 figure, as at the end of 2017, does not yet see an exit dated 2018
        assertThat(figures("451227", "2017-A", LATER).exitPeopleOfPlanYear()).isZero();
    }
}

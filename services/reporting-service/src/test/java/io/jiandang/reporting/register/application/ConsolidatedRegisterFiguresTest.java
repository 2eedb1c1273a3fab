package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.Figures;
import io.jiandang.reporting.register.domain.HouseholdTimeline;
import io.jiandang.reporting.register.domain.Period;
import io.jiandang.reporting.register.domain.RegisterStatus;
import io.jiandang.reporting.register.domain.StatisticsCalculator;
import io.jiandang.envelope.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jiandang.reporting.register.application.RegisterEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The register's projection and statistics as plain objects: events in, figures out. */
class ConsolidatedRegisterFiguresTest {

    private static final String VILLAGE = "451227101201";
    private static final String OTHER_COUNTY_VILLAGE = "451221100201";
    private static final Instant Q2_RECORDED = Instant.parse("2016-05-10T02:00:00Z");
    private static final LocalDate Q2_DAY = LocalDate.parse("2016-05-10");

    private final InMemoryRegisterStore store = new InMemoryRegisterStore();
    private final List<String> changedVillages = new ArrayList<>();
    private final RegisterProjection projection = new RegisterProjection(new FactReaders(), store, changedVillages::add);

    private void feed(EventEnvelope... events) {
        for (EventEnvelope e : events) {
            projection.apply(e);
        }
    }

    private void registerHousehold(String id, String village, int people, String... causes) {
        feed(surveyed(id, village, people + 1, Q2_RECORDED, Q2_DAY, causes), registered(id, village, people, 1, Q2_RECORDED, Q2_DAY));
    }

    private Figures figures(String division, String period, Instant knownAt) {
        return new StatisticsCalculator(store.classThresholds()).figures(division, Period.parse(period), knownAt, store.within(division));
    }

    @Test
    void registeredHouseholdsMakeThePoorPopulationAndIncidenceOfTheirDivisionsOnly() {
        registerHousehold("h1", VILLAGE, 3, "ILLNESS");
        registerHousehold("h2", VILLAGE, 4, "ILLNESS", "SCHOOLING");
        registerHousehold("h3", OTHER_COUNTY_VILLAGE, 5, "LACK_OF_FUNDS");
        Instant now = Instant.parse("2016-12-01T00:00:00Z");

        Figures county = figures("451227", "2016-Q3", now);
        assertThat(county.poorHouseholds()).isEqualTo(2);
        assertThat(county.poorPeople()).isEqualTo(7);
        assertThat(county.ruralPopulation()).isEqualTo(9);
        assertThat(county.incidence()).isEqualByComparingTo("0.7778");
        assertThat(county.causes()).containsEntry("ILLNESS", 2).containsEntry("SCHOOLING", 1).doesNotContainKey("LACK_OF_FUNDS");
        assertThat(figures("450000", "2016-Q3", now).poorPeople()).isEqualTo(12);
        assertThat(figures("451227101000", "2016-Q3", now).poorHouseholds()).isEqualTo(2);
        assertThat(changedVillages).contains(VILLAGE, OTHER_COUNTY_VILLAGE);
    }

    @Test
    void aLateCorrectionChangesTheAsAtFiguresButNotWhatWasKnownBefore() {
        registerHousehold("h1", VILLAGE, 3);
        registerHousehold("h2", VILLAGE, 4);
        Instant endOfQ3Known = Instant.parse("2016-10-05T00:00:00Z");
        // recorded in November, effective in August: the household should not have counted at the end of Q3
        feed(removed("h2", VILLAGE, 2, Instant.parse("2016-11-20T03:00:00Z"), LocalDate.parse("2016-08-01")));

        Figures knownInOctober = figures("451227", "2016-Q3", endOfQ3Known);
        Figures knownNow = figures("451227", "2016-Q3", Instant.parse("2016-12-01T00:00:00Z"));

        assertThat(knownInOctober.poorHouseholds()).isEqualTo(2);
        assertThat(knownInOctober.poorPeople()).isEqualTo(7);
        assertThat(knownNow.poorHouseholds()).isEqualTo(1);
        assertThat(knownNow.poorPeople()).isEqualTo(3);
        assertThat(knownNow.householdsByStatus()).containsEntry("REMOVED", 1);
        // and as at the end of Q2 (before the removal's business date) both still count
        assertThat(figures("451227", "2016-Q2", Instant.parse("2016-12-01T00:00:00Z")).poorHouseholds()).isEqualTo(2);
    }

    @Test
    void anExitCountsInItsPeriodAndTheReductionSpeedOfItsYearAndTheHouseholdIsInTrackingThenObservation() {
        registerHousehold("h1", VILLAGE, 3);
        registerHousehold("h2", VILLAGE, 4);
        feed(exited("h1", VILLAGE, LocalDate.parse("2017-08-15"), Instant.parse("2017-08-16T00:00:00Z")));
        Instant later = Instant.parse("2021-01-01T00:00:00Z");

        Figures q3 = figures("451227", "2017-Q3", later);
        assertThat(q3.exitHouseholds()).isEqualTo(1);
        assertThat(q3.exitPeople()).isEqualTo(3);
        assertThat(q3.poorPeopleAtStartOfYear()).isEqualTo(7);
        assertThat(q3.reductionSpeed()).isEqualByComparingTo("0.4286");
        assertThat(q3.poorPeople()).isEqualTo(4);
        assertThat(figures("451227", "2017-Q2", later).exitHouseholds()).isZero();

        HouseholdTimeline h1 = store.find("h1").orElseThrow();
        assertThat(h1.stateAsAt(LocalDate.parse("2018-01-01"), later).orElseThrow().status()).isEqualTo(RegisterStatus.IN_TRACKING);
        assertThat(h1.stateAsAt(LocalDate.parse("2019-12-01"), later).orElseThrow().status()).isEqualTo(RegisterStatus.IN_OBSERVATION);
        assertThat(h1.stateAsAt(LocalDate.parse("2020-09-01"), later).orElseThrow().status()).isEqualTo(RegisterStatus.EXITED);
    }

    @Test
    void relapseCasesAreCountedByStepAndAnApprovedRelapseMakesTheHouseholdPoorAgain() {
        registerHousehold("h1", VILLAGE, 3);
        feed(exited("h1", VILLAGE, LocalDate.parse("2017-08-15"), Instant.parse("2017-08-16T00:00:00Z")));
        Instant t = Instant.parse("2018-03-01T00:00:00Z");
        feed(relapse("RelapseApplied", "c1", 0, "h1", VILLAGE, "", t),
                relapse("RelapseStepPassed", "c1", 1, "h1", VILLAGE, ",\"step\":\"HOME_VERIFICATION\"", t));
        Instant later = Instant.parse("2018-12-01T00:00:00Z");
        assertThat(figures("451227", "2018-Q1", later).relapseCasesByStep()).containsExactly(Map.entry("HOME_VERIFICATION", 1));
        assertThat(figures("451227", "2018-Q1", later).poorHouseholds()).isZero();

        feed(relapse("RelapseApproved", "c1", 2, "h1", VILLAGE,
                ",\"poorAgainFrom\":\"2018-04-01\",\"causes\":[\"ILLNESS\"],\"exitId\":\"exit-h1\",\"policyVersion\":1",
                Instant.parse("2018-04-02T00:00:00Z")));
        Figures q2 = figures("451227", "2018-Q2", later);
        assertThat(q2.poorHouseholds()).isEqualTo(1);
        assertThat(q2.householdsByStatus()).containsEntry("RELAPSED", 1);
        assertThat(q2.causes()).containsEntry("ILLNESS", 1);
        assertThat(q2.relapseCasesByStep()).containsEntry("APPROVED", 1);
    }

    @Test
    void theSameEventTwiceIsKeptOnce() {
        EventEnvelope survey = surveyed("h1", VILLAGE, 3, Q2_RECORDED, Q2_DAY);
        EventEnvelope registration = registered("h1", VILLAGE, 3, 1, Q2_RECORDED, Q2_DAY);
        feed(survey, registration, registration, survey);
        assertThat(store.find("h1").orElseThrow().facts()).hasSize(2);
        assertThat(figures("451227", "2016-Q3", Instant.parse("2016-12-01T00:00:00Z")).poorPeople()).isEqualTo(3);
    }

    @Test
    void poorHouseholdsAreClassedByThePolicysThresholds() {
        feed(event("registration", "RegistrationPolicyPublished", "policy", 0, null, "450000", Q2_RECORDED, Q2_DAY, """
                {"policyId":"policy","divisionCode":"450000","version":1,"indicators":[],"vetoRules":[],"noticePeriodDays":7,
                 "povertyClassThresholds":{"EXTREME":0.20,"SPECIAL":0.35,"MEDIUM":0.50,"GENERAL":1.0},"publishedAt":"2016-01-01T00:00:00Z"}"""));
        registerHousehold("h1", VILLAGE, 3);
        assertThat(store.classThresholds().get(1)).containsEntry("SPECIAL", new BigDecimal("0.35"));
        assertThat(figures("451227", "2016-Q3", Instant.parse("2016-12-01T00:00:00Z")).classes()).containsExactly(Map.entry("SPECIAL", 1));
    }

    @Test
    void smallCountsAreSuppressedInPublishedRows() {
        registerHousehold("h1", VILLAGE, 3);
        FigureRow row = Disclosure.row(VILLAGE, "v", "VILLAGE", figures(VILLAGE, "2016-Q3", Instant.parse("2016-12-01T00:00:00Z")));
        assertThat(row.suppressed()).isTrue();
        assertThat(row.poorPeople()).isNull();
        assertThat(Disclosure.cells(Map.of("ILLNESS", 3, "SCHOOLING", 0, "OTHER", 7)))
                .containsEntry("ILLNESS", null).containsEntry("SCHOOLING", 0).containsEntry("OTHER", 7);
    }

}

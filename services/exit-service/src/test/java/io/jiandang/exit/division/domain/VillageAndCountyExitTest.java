package io.jiandang.exit.division.domain;

import io.jiandang.contracts.exit.CountyExitedEvent;
import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.ThirdPartyEvaluation;
import io.jiandang.contracts.exit.VillageExitedEvent;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.domain.IncidenceTest;
import io.jiandang.exit.division.api.AssessCountyExitCommand;
import io.jiandang.exit.division.api.AssessVillageExitCommand;
import io.jiandang.exit.facts.domain.DivisionFigures;
import io.jiandang.exit.support.StubFacts;
import io.jiandang.exit.support.StubPolicies;
import io.jiandang.security.AccessRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import static io.jiandang.exit.support.ExitTestData.*;

/** 十一有一低于 for villages, 九有一低于 and third-party evaluation for counties, incidence from the register. */
class VillageAndCountyExitTest {

    static final DivisionCatalogue DIVISIONS = DivisionCatalogue.guangxi();
    static final ThirdPartyEvaluation PASSED = new ThirdPartyEvaluation("广西社会科学院", LocalDate.parse("2016-11-20"),
            new BigDecimal("92.5"), true, "eval-451227-2016");

    final StubFacts facts = new StubFacts();
    FixtureConfiguration<VillageExit> villages;
    FixtureConfiguration<CountyExit> counties;

    @BeforeEach
    void fixtures() {
        villages = new AggregateTestFixture<>(VillageExit.class);
        counties = new AggregateTestFixture<>(CountyExit.class);
        for (FixtureConfiguration<?> f : new FixtureConfiguration<?>[]{villages, counties}) {
            f.registerInjectableResource(new StubPolicies().with(policy()));
            f.registerInjectableResource(facts);
            f.registerInjectableResource(DIVISIONS);
        }
        // 29 poor of 1,000 people: 2.90%, below 3%
        facts.with(new DivisionFigures(VILLAGE, 1000, 29)).with(new DivisionFigures(COUNTY, 250_000, 6_000));
    }

    static AssessVillageExitCommand village(java.util.List<io.jiandang.contracts.exit.CriterionFinding> criteria) {
        return new AssessVillageExitCommand(AssessVillageExitCommand.idOf(VILLAGE, 2016), VILLAGE, 2016, criteria, COUNTY_OFFICER);
    }

    static AssessCountyExitCommand county(java.util.List<io.jiandang.contracts.exit.CriterionFinding> criteria, ThirdPartyEvaluation evaluation) {
        return new AssessCountyExitCommand(AssessCountyExitCommand.idOf(COUNTY, 2016), COUNTY, 2016, criteria, evaluation, REGION_OFFICER);
    }

    @Test
    void aVillageWithEveryHaveAndIncidenceBelowTheThresholdExits() {
        villages.givenNoPriorActivity()
                .when(village(allMet(VILLAGE_CRITERIA)))
                .expectEvents(new VillageExitedEvent(VILLAGE, "village-exit-451227101201-2016", 2016, allMet(VILLAGE_CRITERIA),
                        1000, 29, new BigDecimal("2.90"), new BigDecimal("3"), 1));
    }

    static Stream<String> villageCodes() {
        return VILLAGE_CRITERIA.stream().map(ExitCriterion::code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("villageCodes")
    void eachVillageHaveNotMetFailsOnItsOwn(String code) {
        villages.givenNoPriorActivity()
                .when(village(allMetBut(VILLAGE_CRITERIA, code)))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, code))
                .expectNoEvents();
    }

    @Test
    void aVillageAtThreePercentIsNotBelowTheThreshold() {
        facts.with(new DivisionFigures(VILLAGE, 1000, 30));

        villages.givenNoPriorActivity()
                .when(village(allMet(VILLAGE_CRITERIA)))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, IncidenceTest.CODE))
                .expectNoEvents();
    }

    @Test
    void aVillageWithoutSurveyedPopulationFailsTheIncidenceTest() {
        facts.with(new DivisionFigures(VILLAGE, 0, 0));

        villages.givenNoPriorActivity()
                .when(village(allMet(VILLAGE_CRITERIA)))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, IncidenceTest.CODE))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerDoesNotDecideAVillagesExit() {
        villages.givenNoPriorActivity()
                .when(new AssessVillageExitCommand("v", VILLAGE, 2016, allMet(VILLAGE_CRITERIA), TOWNSHIP_OFFICER))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aCountyBelowTheThresholdWithEveryHaveAndAPassedEvaluationExits() {
        counties.givenNoPriorActivity()
                .when(county(allMet(COUNTY_CRITERIA), PASSED))
                .expectEvents(new CountyExitedEvent(COUNTY, "county-exit-451227-2016", 2016, allMet(COUNTY_CRITERIA),
                        250_000, 6_000, new BigDecimal("2.40"), new BigDecimal("3"), 1, PASSED));
    }

    static Stream<String> countyCodes() {
        return COUNTY_CRITERIA.stream().map(ExitCriterion::code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countyCodes")
    void eachCountyHaveNotMetFailsOnItsOwn(String code) {
        counties.givenNoPriorActivity()
                .when(county(allMetBut(COUNTY_CRITERIA, code), PASSED))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, code))
                .expectNoEvents();
    }

    @Test
    void aCountyAboveTheThresholdFailsOnItsOwn() {
        facts.with(new DivisionFigures(COUNTY, 250_000, 7_500));

        counties.givenNoPriorActivity()
                .when(county(allMet(COUNTY_CRITERIA), PASSED))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, IncidenceTest.CODE))
                .expectNoEvents();
    }

    @Test
    void aFailedThirdPartyEvaluationFailsOnItsOwn() {
        ThirdPartyEvaluation failed = new ThirdPartyEvaluation("广西社会科学院", LocalDate.parse("2016-11-20"),
                new BigDecimal("71"), false, "eval-451227-2016");

        counties.givenNoPriorActivity()
                .when(county(allMet(COUNTY_CRITERIA), failed))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, CountyExit.THIRD_PARTY_EVALUATION))
                .expectNoEvents();
    }

    @Test
    void aCountyExitWithoutThirdPartyEvaluationIsInvalid() {
        counties.givenNoPriorActivity()
                .when(county(allMet(COUNTY_CRITERIA), null))
                .expectException(refusedWith(ExitErrorCode.EVIDENCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aCountyOfficerDoesNotDecideTheirOwnCountysExit() {
        counties.givenNoPriorActivity()
                .when(new AssessCountyExitCommand("c", COUNTY, 2016, allMet(COUNTY_CRITERIA), PASSED, COUNTY_OFFICER))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }
}

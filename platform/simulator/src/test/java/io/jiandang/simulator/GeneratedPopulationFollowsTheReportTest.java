package io.jiandang.simulator;

import io.jiandang.demo.DemoMember;
import io.jiandang.demo.DemoPolicy;
import io.jiandang.demo.IdNumbers;
import io.jiandang.demo.PovertyArea;
import io.jiandang.demo.PovertyCause;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The population at 1:500 reproduces the report's stock, exits, incidences, causes and areas within rounding. */
class GeneratedPopulationFollowsTheReportTest {

    private static final DivisionCatalogue CATALOGUE = DivisionCatalogue.guangxi();
    private static Population population;

    @BeforeAll
    static void generate() {
        population = new PopulationGenerator(CATALOGUE).generate(500, 42);
    }

    @Test
    void poorStockAtTheStartIsTableOnesEndOf2013AtTheScale() {
        assertThat(population.poorPeople()).isEqualTo(Math.round(6_340_000 / 500.0));
    }

    @Test
    void yearlyExitsAndPoorPopulationFollowTableOneWithinRounding() {
        for (int year = 2014; year <= 2016; year++) {
            GuangxiReport.YearFigures figures = GuangxiReport.year(year);
            double expectedExits = figures.exitedPeople() / 500.0;
            double expectedPoor = figures.poorPeople() / 500.0;
            // whole households exit: a city may fall short of its year's exits by less than one household (≤ 7)
            assertThat((double) population.exitingPeople(year)).as("exits %d", year).isCloseTo(expectedExits, within(expectedExits * 0.01 + 14));
            assertThat((double) population.poorPeopleAtEndOf(year)).as("poor %d", year).isCloseTo(expectedPoor, within(expectedPoor * 0.01 + 14));
            double incidence = 100.0 * population.poorPeopleAtEndOf(year) / population.plan().ruralPopulation(year);
            assertThat(incidence).as("incidence %d", year).isCloseTo(figures.incidencePercent(), within(0.1));
        }
    }

    @Test
    void theNamedCitiesHaveTheReportsIncidenceIn2016() {
        PopulationPlan plan = population.plan();
        assertThat(plan.cityIncidencePercent("451200", 2016)).isCloseTo(19.89, within(0.3));
        assertThat(plan.cityIncidencePercent("451000", 2016)).isCloseTo(18.95, within(0.3));
        assertThat(plan.cityIncidencePercent("451400", 2016)).isCloseTo(16.64, within(0.3));
        // and the province as a whole its 7.9%
        double province = 100.0 * plan.poorPeopleAtEndOf(2016) / plan.ruralPopulation(2016);
        assertThat(province).isCloseTo(7.9, within(0.05));
    }

    @Test
    void surveyedPeopleAreOneRuralPopulationThatPutsEveryYearsIncidenceWithinRoundingOfTableOne() {
        long surveyed = Math.round(PopulationPlan.balancedRuralPopulation() / 500);
        assertThat(population.plan().surveyedPeople()).isEqualTo(surveyed);
        assertThat(population.people()).isEqualTo(surveyed);
        assertThat(PopulationPlan.balancedRuralPopulation()).isCloseTo(42_975_610, within(10.0));
        for (int year = 2014; year <= 2016; year++) {
            GuangxiReport.YearFigures figures = GuangxiReport.year(year);
            assertThat(100.0 * figures.poorPeople() / PopulationPlan.balancedRuralPopulation()).as("incidence %d", year)
                    .isCloseTo(figures.incidencePercent(), within(0.04));
        }
    }

    @Test
    void mainCausesOfThePoorFollowTheReportsShares() {
        List<SimulatedHousehold> poor = population.poorHouseholds();
        Map<PovertyCause, Long> mainCauses = poor.stream().collect(Collectors.groupingBy(h -> h.causes().get(0),
                Collectors.counting()));
        for (PovertyCause cause : PovertyCause.values()) {
            double share = 100.0 * mainCauses.getOrDefault(cause, 0L) / poor.size();
            assertThat(share).as("main cause %s", cause).isCloseTo(cause.sharePercent(), within(2.5));
        }
        double threeCauses = 100.0 * poor.stream().filter(h -> h.causes().size() == 3).count() / poor.size();
        assertThat(threeCauses).isCloseTo(23.5, within(2.5));
        assertThat(population.households().stream().filter(h -> !h.poor()).allMatch(h -> h.causes().isEmpty())).isTrue();
    }

    @Test
    void areasFollowTheReportsShares() {
        List<SimulatedHousehold> households = population.households();
        for (PovertyArea area : PovertyArea.values()) {
            double share = 100.0 * households.stream().filter(h -> h.areas().contains(area)).count() / households.size();
            assertThat(share).as("area %s", area).isCloseTo(area.sharePercent(), within(3.0));
        }
    }

    @Test
    void everyHouseholdLivesOnARealAdministrativeVillageOfItsCityCountyAndTownship() {
        for (SimulatedHousehold h : population.households()) {
            assertThat(CATALOGUE.levelOf(h.villageCode())).isEqualTo(DivisionLevel.VILLAGE);
            assertThat(CATALOGUE.get(h.villageCode()).parentCode()).isEqualTo(h.townshipCode());
            assertThat(CATALOGUE.isWithin(h.villageCode(), h.countyCode())).isTrue();
            assertThat(CATALOGUE.isWithin(h.villageCode(), h.cityCode())).isTrue();
        }
    }

    @Test
    void everyoneWasBornBeforeTheBaselineSurveySoRegistrationAcceptsTheirIdNumbers() {
        java.time.LocalDate survey = java.time.LocalDate.of(GuangxiReport.BASELINE_YEAR, 9, 1);
        for (SimulatedHousehold h : population.households()) {
            for (DemoMember member : h.members()) {
                assertThat(IdNumbers.birthDate(member.idNumber())).as(member.name()).isBefore(survey);
            }
        }
    }

    @Test
    void idNumbersAreValidUniqueAndOfTheHouseholdsCounty() {
        Set<String> seen = new HashSet<>();
        for (SimulatedHousehold h : population.households()) {
            for (DemoMember member : h.members()) {
                assertThat(IdNumbers.isValid(member.idNumber())).isTrue();
                assertThat(member.idNumber()).startsWith(h.countyCode());
                assertThat(seen.add(member.idNumber())).as("unique ID number").isTrue();
            }
        }
    }

    @Test
    void everyPoorHouseholdScoresBelowEveryHouseholdThatIsNotPoorSoTheCutOffLineFindsThem() {
        Function<SimulatedHousehold, Double> score = h -> DemoPolicy.weightedScore(h.answers());
        double highestPoor = population.poorHouseholds().stream().mapToDouble(score::apply).max().orElseThrow();
        double lowestNotPoor = population.households().stream().filter(h -> !h.poor()).mapToDouble(score::apply)
                .min().orElseThrow();
        assertThat(highestPoor).isLessThan(lowestNotPoor);
    }

    @Test
    void onlyPoorHouseholdsExitAndEachAtMostOnce() {
        assertThat(population.households().stream().filter(h -> h.exitYear() != 0).allMatch(SimulatedHousehold::poor)).isTrue();
        assertThat(population.households().stream().mapToInt(SimulatedHousehold::exitYear).filter(y -> y != 0)
                .allMatch(y -> y >= 2014 && y <= 2016)).isTrue();
    }
}

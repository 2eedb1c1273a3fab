package io.jiandang.simulator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fidelity check's comparison logic, on figures given by hand (no service, no timing). */
class ReportingFiguresAreComparedWithTableOneWithinRoundingTest {

    /** Table 1, 2014 at 1:100: 54,000 poor, 12.6 %, 9,400 exits; 63,400 poor at the end of 2013 (speed 14.83 %). */
    private static TableOneComparison.Reported exact2014() {
        return new TableOneComparison.Reported(2014, 54_000, 12.6, 9_400, 100.0 * 9_400 / 63_400);
    }

    @Test
    void figuresEqualToTableOneAtScaleAreWithinRounding() {
        List<TableOneComparison.Row> rows = TableOneComparison.compare(100, exact2014());
        assertThat(rows).extracting(TableOneComparison.Row::figure)
                .containsExactly("poor people", "incidence (%)", "exits (people)", "reduction speed (%)");
        assertThat(TableOneComparison.allWithinRounding(rows)).isTrue();
    }

    @Test
    void aPeopleFigureMayDifferByHalfOfTableOnesUnitAtScaleButNotMore() {
        assertThat(TableOneComparison.compare(100, new TableOneComparison.Reported(2014, 54_050, 12.6, 9_400, 14.83)).get(0)
                .withinRounding()).isTrue();
        assertThat(TableOneComparison.compare(100, new TableOneComparison.Reported(2014, 54_051, 12.6, 9_400, 14.83)).get(0)
                .withinRounding()).isFalse();
    }

    @Test
    void atSmallScalesAPeopleFigureIsAllowedOnePersonEitherWay() {
        // 1:10000: 540 poor in 2014; half of 10,000 people is half a person, the register counts whole people
        assertThat(TableOneComparison.compare(10_000, new TableOneComparison.Reported(2014, 541, 12.6, 94, 14.83)).get(0)
                .withinRounding()).isTrue();
        assertThat(TableOneComparison.compare(10_000, new TableOneComparison.Reported(2014, 542, 12.6, 94, 14.83)).get(0)
                .withinRounding()).isFalse();
    }

    @Test
    void incidenceIsAllowedHalfATenthOfAPointPlusOnePersonsWorth() {
        assertThat(TableOneComparison.compare(100, new TableOneComparison.Reported(2014, 54_000, 12.66, 9_400, 14.83)).get(1)
                .withinRounding()).isTrue();
        assertThat(TableOneComparison.compare(100, new TableOneComparison.Reported(2014, 54_000, 12.70, 9_400, 14.83)).get(1)
                .withinRounding()).isFalse();
    }

    @Test
    void aFigureReportingDoesNotGiveIsNotWithinRounding() {
        List<TableOneComparison.Row> rows = TableOneComparison.compare(100,
                new TableOneComparison.Reported(2016, 34_100, 7.9, null, null));
        assertThat(rows.get(2).withinRounding()).isFalse();
        assertThat(TableOneComparison.allWithinRounding(rows)).isFalse();
        assertThat(TableOneComparison.table(rows)).contains("| 2016 | exits (people) | 11100 | not reported | ±50 | **no** |");
    }

    @Test
    void theBaselineComparesOnlyThePoorPeopleAtTheEndOf2013() {
        List<TableOneComparison.Row> rows = TableOneComparison.compareBaseline(1000, 2013, 6_340);
        assertThat(rows).extracting(TableOneComparison.Row::figure).containsExactly("poor people");
        assertThat(TableOneComparison.allWithinRounding(rows)).isTrue();
        assertThat(TableOneComparison.compareBaseline(1000, 2013, 6_346).get(0).withinRounding()).isFalse();
        assertThat(TableOneComparison.compareBaseline(1000, 2013, null).get(0).withinRounding()).isFalse();
    }

    @Test
    void theOneSurveyedPopulationOfThePlanPutsEveryYearsIncidenceWithinRoundingWhenThePoorAreExact() {
        long rural = Math.round(PopulationPlan.balancedRuralPopulation() / 1000);
        for (int year = 2014; year <= 2016; year++) {
            GuangxiReport.YearFigures table = GuangxiReport.year(year);
            GuangxiReport.YearFigures before = GuangxiReport.year(year - 1);
            long poor = table.poorPeople() / 1000;
            TableOneComparison.Reported reported = new TableOneComparison.Reported(year, (int) poor, 100.0 * poor / rural,
                    (int) (table.exitedPeople() / 1000), 100.0 * table.exitedPeople() / before.poorPeople());
            assertThat(TableOneComparison.allWithinRounding(TableOneComparison.compare(1000, reported))).as("%d", year).isTrue();
        }
    }

    @Test
    void theSimulatorTalksToTheLocalStackByDefaultAndRunsTheFidelityCheck() {
        SimulatorOptions options = SimulatorOptions.defaults();
        assertThat(options.reporting()).hasToString("http://127.0.0.1:8085");
        assertThat(options.assistance()).hasToString("http://127.0.0.1:8083");
        assertThat(options.exit()).hasToString("http://127.0.0.1:8084");
        assertThat(options.servicePortBase()).isEqualTo(8080);
    }

    @Test
    void percentagesAreShownWithTwoDecimalsAsTableOneIsRead() {
        assertThat(FidelityStep.percentText(14.829999999999998)).isEqualTo("14.83%");
        assertThat(FidelityStep.percentText(null)).isEqualTo("none");
    }

    @Test
    void theCheckStopsWaitingOnceReportingShowsWhatTheSimulationDidEvenWhenThatIsNotTableOne() {
        Population population = new PopulationGenerator(io.jiandang.divisions.DivisionCatalogue.guangxi()).generate(10_000, 42);
        int poor = (int) population.poorPeopleAtEndOf(2014);
        int exits = (int) population.exitingPeople(2014);

        assertThat(FidelityStep.caughtUp(new TableOneComparison.Reported(2014, poor, 12.6, exits, 14.8), population, 2014)).isTrue();
        assertThat(FidelityStep.caughtUp(new TableOneComparison.Reported(2014, poor + exits, 12.6, 0, 0.0), population, 2014)).isFalse();
        assertThat(FidelityStep.caughtUp(new TableOneComparison.Reported(2013, (int) population.poorPeopleAtEndOf(2013), 14.9, 0, null),
                population, 2013)).isTrue();
    }
}

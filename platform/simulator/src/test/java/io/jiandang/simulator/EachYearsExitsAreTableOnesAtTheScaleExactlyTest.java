package io.jiandang.simulator;

import io.jiandang.divisions.DivisionCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole households rarely add up to a city's exits; the region's exits of each year are nevertheless Table 1's at the
 * scale to the person, down to 1:10000 (a dozen poor households a city), where they used to be several people off.
 */
class EachYearsExitsAreTableOnesAtTheScaleExactlyTest {

    private static final DivisionCatalogue CATALOGUE = DivisionCatalogue.guangxi();

    @ParameterizedTest(name = "1:{0}")
    @ValueSource(ints = {10000, 5000, 2000, 1000})
    void theRegionsExitsOfEveryYearAreTableOnesAtTheScale(int scale) {
        Population population = new PopulationGenerator(CATALOGUE).generate(scale, 42);

        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            long tableOne = Math.round(GuangxiReport.year(year).exitedPeople() / (double) scale);
            assertThat(population.exitingPeople(year)).as("exits of %d at 1:%d", year, scale).isEqualTo(tableOne);
            assertThat(population.poorPeopleAtEndOf(year)).as("poor at the end of %d at 1:%d", year, scale)
                    .isEqualTo(population.plan().poorPeopleAtEndOf(year));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2024})
    void otherSeedsHitTableOneAsExactlyAtTheSmallestScale(long seed) {
        Population population = new PopulationGenerator(CATALOGUE).generate(10000, seed);

        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            assertThat(population.exitingPeople(year)).as("exits of %d, seed %d", year, seed)
                    .isEqualTo(population.plan().exitsIn(year));
        }
    }
}

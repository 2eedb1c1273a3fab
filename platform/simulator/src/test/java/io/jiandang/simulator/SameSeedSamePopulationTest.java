package io.jiandang.simulator;

import io.jiandang.divisions.DivisionCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SameSeedSamePopulationTest {

    private final PopulationGenerator generator = new PopulationGenerator(DivisionCatalogue.guangxi());

    @Test
    void theSameSeedAndScaleGiveTheSamePopulation() {
        Population first = generator.generate(5000, 7);
        Population second = generator.generate(5000, 7);
        assertThat(second.households()).isEqualTo(first.households());
    }

    @Test
    void anotherSeedGivesAnotherPopulationWithTheSameTotals() {
        Population first = generator.generate(5000, 7);
        Population other = generator.generate(5000, 8);
        assertThat(other.households()).isNotEqualTo(first.households());
        assertThat(other.poorPeople()).isEqualTo(first.poorPeople());
        // the same surveyed people (the rural population), in households of other sizes
        assertThat(other.people()).isEqualTo(first.people());
    }

    @Test
    void scaleFactorsOutsideOneToOneHundredThousandAreRefused() {
        assertThatThrownBy(() -> generator.generate(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.generate(100_001, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apportionedPartsAddUpToTheTotalExactly() {
        long[] parts = PopulationPlan.apportion(10, List.of(1.0, 1.0, 1.0));
        assertThat(parts).containsExactly(4, 3, 3);
        long[] big = PopulationPlan.apportion(6_340, List.of(0.2, 0.3, 0.1, 0.4));
        assertThat(big[0] + big[1] + big[2] + big[3]).isEqualTo(6_340);
    }

    @Test
    void optionsNameTheScaleSeedAndRefuseUnknownOnes() {
        SimulatorOptions options = SimulatorOptions.parse(new String[]{"--scale", "1000", "--seed=42"});
        assertThat(options.scale()).isEqualTo(1000);
        assertThat(options.seed()).isEqualTo(42);
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[]{"--scael", "10"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[]{"--scale", "0"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

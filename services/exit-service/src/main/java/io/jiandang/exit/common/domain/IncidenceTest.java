package io.jiandang.exit.common.domain;

import io.jiandang.exit.common.api.FailedCriterion;
import io.jiandang.exit.facts.domain.DivisionFigures;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The "one below" (一低于) of the village and county standards: the poverty incidence, registered poor people not
 * exited over the people surveyed, must be below the policy's threshold.
 */
public final class IncidenceTest {

    public static final String CODE = "INCIDENCE_BELOW_THRESHOLD";

    private IncidenceTest() {
    }

    /** The failure, or empty when the incidence is below the threshold. */
    public static Optional<FailedCriterion> check(DivisionFigures figures, BigDecimal thresholdPercent) {
        String expected = "below " + thresholdPercent.stripTrailingZeros().toPlainString() + "%";
        if (figures.ruralPopulation() <= 0) {
            return Optional.of(new FailedCriterion(CODE, expected, "no surveyed population in " + figures.divisionCode()));
        }
        // compared exactly (poor × 100 < threshold × population), not through a rounded percentage
        boolean below = BigDecimal.valueOf(figures.poorPeople()).multiply(BigDecimal.valueOf(100))
                .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(figures.ruralPopulation()))) < 0;
        if (below) {
            return Optional.empty();
        }
        return Optional.of(new FailedCriterion(CODE, expected, figures.incidencePercent().toPlainString() + "% ("
                + figures.poorPeople() + " poor of " + figures.ruralPopulation() + " people)"));
    }
}

package io.jiandang.exit.facts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A village's or county's figures from the register.
 *
 * @param ruralPopulation the people of the surveyed households (the incidence's denominator)
 * @param poorPeople      the people of households registered as poor and not exited (poor again counts)
 */
public record DivisionFigures(String divisionCode, int ruralPopulation, int poorPeople) {

    /** The poverty incidence in percent, 2 decimals (0 with no population). */
    public BigDecimal incidencePercent() {
        if (ruralPopulation <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(poorPeople).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(ruralPopulation), 2, RoundingMode.HALF_UP);
    }
}

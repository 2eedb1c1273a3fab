package io.jiandang.contracts.exit;

import java.math.BigDecimal;

/**
 * How one indicator weighs in the factor method (policy data).
 *
 * @param indicator the indicator
 * @param weight    its weight (the weights of a policy add up to 100)
 * @param direction whether a higher value gives the county a larger share of the target (e.g. poverty scale,
 *                  income per head) or a smaller one (e.g. incidence: harder to exit)
 */
public record PlanFactor(PlanIndicator indicator, BigDecimal weight, Direction direction) {

    /** Which way an indicator pushes a county's share. */
    public enum Direction {
        /** A higher value, a larger share: the share is value / sum of values. */
        LARGER_SHARE_WHEN_HIGHER,
        /** A higher value, a smaller share: the share is (1 / value) / sum of (1 / values). */
        SMALLER_SHARE_WHEN_HIGHER
    }
}

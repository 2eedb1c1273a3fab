package io.jiandang.exit.common.api;

/**
 * A criterion that was not met, said so that an officer can act on it: which, what was required, what was found.
 *
 * @param code     the criterion's code (a guarantee, a village or county "have", {@code INCOME_ABOVE_LINE},
 *                 {@code INCIDENCE_BELOW_THRESHOLD}, a signatory, a veto rule)
 * @param expected what the policy requires
 * @param actual   what was found
 */
public record FailedCriterion(String code, String expected, String actual) {
}

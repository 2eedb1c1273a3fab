package io.jiandang.exit.household.api;

/**
 * The county's re-check of one veto rule (一票否决) at cancellation.
 *
 * @param code     the veto rule's code
 * @param found    whether the veto applies to the household
 * @param evidence the evidence's reference (required when found)
 */
public record VetoCheck(String code, boolean found, String evidence) {
}

package io.jiandang.contracts.exit;

/**
 * One criterion of an exit checklist (policy data): a guarantee of 八有一超, a "have" of the village's 十一有一低于
 * or the county's 九有一低于, or a veto rule (一票否决) re-checked at cancellation.
 *
 * @param code        the stable code findings refer to, e.g. {@code SAFE_HOUSING}
 * @param description what it means, as printed on the checklist
 */
public record ExitCriterion(String code, String description) {
}

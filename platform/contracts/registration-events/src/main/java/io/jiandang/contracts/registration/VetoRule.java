package io.jiandang.contracts.registration;

/**
 * One veto rule (一票否决), e.g. a member paid from public funds (财政供养人员).
 *
 * @param code        the rule's code, unique within a policy
 * @param description what the rule means
 * @param blocks      what it blocks
 */
public record VetoRule(String code, String description, VetoScope blocks) {
}

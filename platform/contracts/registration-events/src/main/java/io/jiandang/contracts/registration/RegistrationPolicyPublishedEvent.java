package io.jiandang.contracts.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A policy administrator published a version of the registration policy: the indicator system and its
 * weights, the veto rules (八个一票否决), the notice period and, optionally, the score thresholds of the
 * poverty classes (一般/中等/特别/极端贫困). Every later decision names the version it used.
 *
 * @param policyId               the policy aggregate's id
 * @param divisionCode           the division the policy applies to (the region, 450000)
 * @param version                the version, one more than the previous
 * @param indicators             the indicator items with their categories and weights
 * @param vetoRules              the veto rules
 * @param noticePeriodDays       the length of each public notice (公示) in days
 * @param povertyClassThresholds upper score bound of each poverty class, by class name; may be empty
 * @param publishedAt            when the version was published
 */
public record RegistrationPolicyPublishedEvent(String policyId, String divisionCode, int version,
                                               List<Indicator> indicators, List<VetoRule> vetoRules,
                                               int noticePeriodDays, Map<String, BigDecimal> povertyClassThresholds,
                                               Instant publishedAt) implements RegistrationEvent {
}

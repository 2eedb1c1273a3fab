package io.jiandang.registration.policy.api;

import io.jiandang.contracts.registration.Indicator;
import io.jiandang.contracts.registration.VetoRule;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Publish the next version of the registration policy. Answered with the version published.
 *
 * @param policyId the policy's id, {@link #POLICY_ID} for the province's policy
 */
public record PublishRegistrationPolicyCommand(@TargetAggregateIdentifier String policyId, int version,
                                               List<Indicator> indicators, List<VetoRule> vetoRules,
                                               int noticePeriodDays, Map<String, BigDecimal> povertyClassThresholds,
                                               Actor actor) {

    /** The id of the one policy the registration service applies. */
    public static final String POLICY_ID = "registration-policy";
}

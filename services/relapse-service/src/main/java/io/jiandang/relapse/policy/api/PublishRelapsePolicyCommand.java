package io.jiandang.relapse.policy.api;

import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Publish the next version of the relapse policy: the notice period and each step's deadline in days. Answered
 * with the version published.
 */
public record PublishRelapsePolicyCommand(@TargetAggregateIdentifier String policyId, int version,
                                          int noticePeriodDays, Map<RelapseStep, Integer> stepDeadlineDays,
                                          Actor actor) {

    /** The id of the one relapse policy of the province. */
    public static final String POLICY_ID = "relapse-policy";
}

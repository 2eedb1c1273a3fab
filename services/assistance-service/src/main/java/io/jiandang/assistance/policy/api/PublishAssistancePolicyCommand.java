package io.jiandang.assistance.policy.api;

import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassThresholds;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Publish the next version of the assistance policy: households per cadre, poverty-class thresholds and the
 * assistance standard per class.
 */
public record PublishAssistancePolicyCommand(@TargetAggregateIdentifier String policyId, int version,
                                             LocalDate effectiveFrom, int householdsPerCadre,
                                             PovertyClassThresholds thresholds,
                                             Map<PovertyClass, BigDecimal> standardPerHousehold, Actor actor) {

    /** There is one assistance policy for the region; its versions follow one another. */
    public static final String POLICY_ID = "assistance-policy-450000";
    public static final String REGION = "450000";
}

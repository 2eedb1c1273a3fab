package io.jiandang.exit.policy.api;

import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A policy administrator publishes the next version of the exit policy (see ExitPolicyPublishedEvent). */
public record PublishExitPolicyCommand(@TargetAggregateIdentifier String policyId, int version,
                                       LocalDate effectiveFrom, Map<Integer, BigDecimal> incomeLines,
                                       int incomeMonthsRequired, List<ExitCriterion> householdGuarantees,
                                       List<ExitCriterion> villageCriteria, List<ExitCriterion> countyCriteria,
                                       BigDecimal incidenceThresholdPercent, int noticePeriodDays,
                                       int trackingYears, int observationYears, List<ExitCriterion> vetoRules,
                                       List<PlanFactor> planFactors, Actor actor) {

    public static String policyIdOf(int version) {
        return "exit-policy-v" + version;
    }
}

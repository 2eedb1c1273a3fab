package io.jiandang.exit.plan.domain;

import io.jiandang.contracts.exit.ExitPlanAllocatedEvent;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.contracts.exit.PlanIndicator;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.plan.api.AllocateExitPlanCommand;
import io.jiandang.exit.plan.api.CountyIndicators;
import io.jiandang.exit.policy.domain.ExitPolicies;
import io.jiandang.exit.policy.domain.ExitPolicy;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The region's yearly exit plan (严计划): the reduction target allocated to counties by the factor method, once. */
@Aggregate
public class ExitPlan {

    @AggregateIdentifier
    private String planId;

    protected ExitPlan() {
    }

    @CommandHandler
    public ExitPlan(AllocateExitPlanCommand command, ExitPolicies policies, DivisionCatalogue divisions) {
        AccessRules.requireRole(command.actor(), Role.POLICY_ADMINISTRATOR);
        AccessRules.requireLevel(command.actor(), DivisionLevel.REGION);
        ExitPolicy policy = policies.current().orElseThrow(() -> new ExitException(ExitErrorCode.NO_POLICY_PUBLISHED,
                "No exit policy has been published"));
        if (command.regionalTarget() < 0) {
            throw ExitException.invalid(ExitErrorCode.PLAN_INVALID, "regionalTarget", "The target is not negative");
        }
        validate(command.counties(), policy.planFactors(), divisions);
        apply(new ExitPlanAllocatedEvent(command.planId(), ExitPolicyRegion.CODE, command.year(), command.regionalTarget(),
                policy.version(), FactorMethod.allocate(command.regionalTarget(), command.counties(), policy.planFactors())));
    }

    private static void validate(List<CountyIndicators> counties, List<PlanFactor> factors, DivisionCatalogue divisions) {
        if (counties == null || counties.isEmpty()) {
            throw ExitException.invalid(ExitErrorCode.PLAN_INVALID, "counties", "At least one county");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < counties.size(); i++) {
            CountyIndicators county = counties.get(i);
            String field = "counties[" + i + "]";
            if (county == null || county.countyCode() == null
                    || divisions.find(county.countyCode()).filter(d -> d.level() == DivisionLevel.COUNTY).isEmpty()) {
                throw ExitException.invalid(ExitErrorCode.PLAN_INVALID, field + ".countyCode", "Not a county of the catalogue");
            }
            if (!seen.add(county.countyCode())) {
                throw ExitException.invalid(ExitErrorCode.PLAN_INVALID, field + ".countyCode", "Each county once");
            }
            for (PlanFactor factor : factors) {
                PlanIndicator indicator = factor.indicator();
                BigDecimal value = county.indicators() == null ? null : county.indicators().get(indicator);
                String at = field + ".indicators." + indicator;
                if (value == null) {
                    throw ExitException.invalid(ExitErrorCode.PLAN_INVALID, at, "The indicator's value is required");
                }
                if (value.signum() < 0) {
                    throw ExitException.invalid(ExitErrorCode.PLAN_INVALID, at, "Not negative");
                }
                if (value.signum() == 0 && factor.direction() == PlanFactor.Direction.SMALLER_SHARE_WHEN_HIGHER) {
                    throw ExitException.invalid(ExitErrorCode.PLAN_INVALID, at,
                            "An indicator that makes exit harder is weighed by its inverse: it must be above 0");
                }
            }
        }
    }

    @EventSourcingHandler
    void on(ExitPlanAllocatedEvent event) {
        planId = event.planId();
    }

    /** The region's code, that of the only plan. */
    static final class ExitPolicyRegion {
        static final String CODE = "450000";
    }
}

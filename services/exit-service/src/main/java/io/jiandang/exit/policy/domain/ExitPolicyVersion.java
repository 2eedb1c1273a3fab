package io.jiandang.exit.policy.domain;

import io.jiandang.contracts.exit.ExitPolicyPublishedEvent;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.policy.api.PublishExitPolicyCommand;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One version of the exit policy (policy data), published once by a region-level policy administrator. */
@Aggregate
public class ExitPolicyVersion {

    /** The region whose policy this is. */
    public static final String REGION = "450000";

    @AggregateIdentifier
    private String policyId;

    protected ExitPolicyVersion() {
    }

    @CommandHandler
    public ExitPolicyVersion(PublishExitPolicyCommand command, ExitPolicies policies) {
        AccessRules.requireRole(command.actor(), Role.POLICY_ADMINISTRATOR);
        AccessRules.requireLevel(command.actor(), DivisionLevel.REGION);
        ExitPolicyPublishedEvent event = new ExitPolicyPublishedEvent(REGION, command.version(),
                command.effectiveFrom(), command.incomeLines(), command.incomeMonthsRequired(),
                command.householdGuarantees(), command.villageCriteria(), command.countyCriteria(),
                command.incidenceThresholdPercent() != null ? command.incidenceThresholdPercent()
                        : ExitPolicy.DEFAULT_INCIDENCE_THRESHOLD,
                command.noticePeriodDays(), command.trackingYears(), command.observationYears(),
                command.vetoRules(), command.planFactors());
        ExitPolicy.validate(event);
        int next = policies.current().map(p -> p.version() + 1).orElse(1);
        if (command.version() != next) {
            throw new ExitException(ExitErrorCode.POLICY_VERSION_NOT_NEXT,
                    "The next policy version is " + next + ", not " + command.version());
        }
        apply(event);
    }

    @EventSourcingHandler
    void on(ExitPolicyPublishedEvent event) {
        this.policyId = PublishExitPolicyCommand.policyIdOf(event.version());
    }
}

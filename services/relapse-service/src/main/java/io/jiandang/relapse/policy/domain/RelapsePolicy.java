package io.jiandang.relapse.policy.domain;

import io.jiandang.contracts.relapse.RelapsePolicyPublishedEvent;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.policy.api.PublishRelapsePolicyCommand;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The relapse policy (返贫政策): the notice period and the step deadlines, versioned and published by a policy
 * administrator. Versions follow one another without gaps, so the version a case records names one text.
 */
@Aggregate
public class RelapsePolicy {

    @AggregateIdentifier
    private String policyId;
    private int latestVersion;

    protected RelapsePolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishRelapsePolicyCommand command, Clock clock) {
        AccessRules.requireRole(command.actor(), Role.POLICY_ADMINISTRATOR);
        int expected = policyId == null ? 1 : latestVersion + 1;
        if (command.version() != expected) {
            throw new RelapseException(RelapseErrorCode.POLICY_VERSION_NOT_NEXT,
                    "The next version of the relapse policy is " + expected, "version", "NEXT_VERSION");
        }
        RelapsePolicyRules rules = new RelapsePolicyRules(command.version(), command.noticePeriodDays(),
                command.stepDeadlineDays());
        apply(new RelapsePolicyPublishedEvent(command.policyId(), command.actor().divisionCode(), rules.version(),
                rules.noticePeriodDays(), rules.stepDeadlineDays(), clock.instant()));
        return rules.version();
    }

    @EventSourcingHandler
    void on(RelapsePolicyPublishedEvent event) {
        policyId = event.policyId();
        latestVersion = event.version();
    }
}

package io.jiandang.assistance.policy.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.policy.api.PublishAssistancePolicyCommand;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The assistance policy (帮扶政策, policy data): households per cadre, the score thresholds of the poverty
 * classes and the assistance standard of each class, published in versions that follow one another.
 */
@Aggregate
public class AssistancePolicy {

    @AggregateIdentifier
    private String policyId;
    private int latestVersion;

    protected AssistancePolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishAssistancePolicyCommand command) {
        AccessRules.requireRole(command.actor(), Role.POLICY_ADMINISTRATOR);
        if (command.version() != latestVersion + 1) {
            throw new AssistanceException(AssistanceErrorCode.POLICY_VERSION_NOT_NEXT,
                    "The next version of the assistance policy is " + (latestVersion + 1), "version", "NEXT_VERSION");
        }
        if (command.effectiveFrom() == null) {
            throw new AssistanceException(AssistanceErrorCode.POLICY_INVALID, "The policy needs a date it holds from",
                    "effectiveFrom", "REQUIRED");
        }
        PolicyTerms terms = new PolicyTerms(command.version(), command.householdsPerCadre(), command.thresholds(),
                command.standardPerHousehold());
        apply(new AssistancePolicyPublishedEvent(PublishAssistancePolicyCommand.REGION, terms.version(),
                command.effectiveFrom(), terms.householdsPerCadre(), terms.thresholds(), terms.standardPerHousehold()));
        return terms.version();
    }

    @EventSourcingHandler
    void on(AssistancePolicyPublishedEvent event) {
        policyId = PublishAssistancePolicyCommand.POLICY_ID;
        latestVersion = event.version();
    }
}

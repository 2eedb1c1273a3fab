package io.jiandang.registration.policy.domain;

import io.jiandang.contracts.registration.RegistrationPolicyPublishedEvent;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.policy.api.PublishRegistrationPolicyCommand;
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
 * The registration policy (建档立卡政策): a versioned indicator system with weights, veto rules and the notice
 * period, published by a policy administrator. Versions follow one another without gaps, so that the version a
 * decision records always names one published text.
 */
@Aggregate
public class RegistrationPolicy {

    @AggregateIdentifier
    private String policyId;
    private int latestVersion;

    protected RegistrationPolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishRegistrationPolicyCommand command, Clock clock) {
        AccessRules.requireRole(command.actor(), Role.POLICY_ADMINISTRATOR);
        boolean first = policyId == null;
        if (!first && command.version() != latestVersion + 1) {
            throw new RegistrationException(RegistrationErrorCode.POLICY_VERSION_NOT_NEXT,
                    "The next version of the policy is " + (latestVersion + 1), "version", "NEXT_VERSION");
        }
        PolicyRules rules = new PolicyRules(command.version(), command.indicators(), command.vetoRules(),
                command.noticePeriodDays(), command.povertyClassThresholds());
        apply(new RegistrationPolicyPublishedEvent(command.policyId(), command.actor().divisionCode(), rules.version(),
                rules.indicators(), rules.vetoRules(), rules.noticePeriodDays(), rules.povertyClassThresholds(),
                clock.instant()));
        return rules.version();
    }

    @EventSourcingHandler
    void on(RegistrationPolicyPublishedEvent event) {
        policyId = event.policyId();
        latestVersion = event.version();
    }
}

package io.jiandang.assistance.povertyclass.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.policy.domain.AssistancePolicies;
import io.jiandang.assistance.policy.domain.PolicyTerms;
import io.jiandang.assistance.povertyclass.api.AssessPovertyClassCommand;
import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household's poverty class (一般/中等/特别/极端贫困), derived from its score with the thresholds of the
 * current assistance policy. The class is set on the first assessment and changes only when the score or the
 * thresholds put the household in another class; an assessment that finds the same class records nothing.
 */
@Aggregate
public class HouseholdPovertyClass {

    @AggregateIdentifier
    private String assessmentId;
    private PovertyClass current;

    protected HouseholdPovertyClass() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PovertyClass handle(AssessPovertyClassCommand command, AssistancePolicies policies,
                               @MetaDataValue("effectiveOn") String effectiveOn) {
        PolicyTerms policy = policies.current().orElseThrow(() -> new AssistanceException(
                AssistanceErrorCode.NO_POLICY_PUBLISHED, "No assistance policy has been published yet"));
        PovertyClass derived = policy.classOf(command.score());
        if (derived == current) {
            return current;
        }
        apply(new PovertyClassChangedEvent(command.householdId(), command.divisionCode(), current, derived,
                command.score(), policy.version(), policy.standardOf(derived), LocalDate.parse(effectiveOn)));
        return derived;
    }

    @EventSourcingHandler
    void on(PovertyClassChangedEvent event) {
        assessmentId = AssessPovertyClassCommand.idOf(event.householdId());
        current = event.povertyClass();
    }
}

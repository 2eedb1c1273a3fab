package io.jiandang.assistance.povertyclass.application;

import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * A new policy version may move the thresholds: every registered household is to be assessed again. This handler
 * (a tracking processor, after the publication is committed, so the new version is the current one) only schedules
 * the reassessment, in its own transaction with the processor's token; {@link PovertyClassReassessment} does it.
 */
@Component
@ProcessingGroup("poverty-class-reassessment")
public class ReassessmentOnNewPolicy {

    private final Reassessments reassessments;

    public ReassessmentOnNewPolicy(Reassessments reassessments) {
        this.reassessments = reassessments;
    }

    @EventHandler
    void on(AssistancePolicyPublishedEvent event, EventMessage<?> message) {
        reassessments.schedule(message.getIdentifier(), event.version(), event.effectiveFrom());
    }
}

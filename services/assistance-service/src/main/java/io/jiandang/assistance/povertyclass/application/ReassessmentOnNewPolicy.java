package io.jiandang.assistance.povertyclass.application;

import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * A new policy version may move the thresholds: every registered household is assessed again (in a tracking
 * processor, after the publication is committed, so the new version is the current one).
 */
@Component
@ProcessingGroup("poverty-class-reassessment")
public class ReassessmentOnNewPolicy {

    private final RegisteredHouseholds households;
    private final PovertyClassAssessment assessment;

    public ReassessmentOnNewPolicy(RegisteredHouseholds households, PovertyClassAssessment assessment) {
        this.households = households;
        this.assessment = assessment;
    }

    @EventHandler
    void on(AssistancePolicyPublishedEvent event, EventMessage<?> message) {
        households.forEachRegistered(h -> {
            if (h.score() != null) {
                assessment.assess(h, message.getIdentifier(), event.effectiveFrom());
            }
        });
    }
}

package io.jiandang.assistance.povertyclass.application;

import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.policy.domain.AssistancePolicies;
import io.jiandang.assistance.povertyclass.api.AssessPovertyClassCommand;
import io.jiandang.eventing.EventMetadata;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Sends the reassessment of a household's poverty class. These are facts the system derives itself: the
 * events carry no actor, the correlation id is the registration event's id that caused them.
 */
@Service
public class PovertyClassAssessment {

    private static final Logger log = LoggerFactory.getLogger(PovertyClassAssessment.class);

    private final CommandGateway commands;
    private final AssistancePolicies policies;
    private final Clock clock;

    public PovertyClassAssessment(CommandGateway commands, AssistancePolicies policies, Clock clock) {
        this.commands = commands;
        this.policies = policies;
        this.clock = clock;
    }

    public void assess(RegisteredHousehold household, String causedBy, LocalDate effectiveOn) {
        if (policies.current().isEmpty()) {
            // assessed for every registered household once the first policy is published
            log.info("No assistance policy yet: household {} is classed when one is published", household.householdId());
            return;
        }
        commands.sendAndWait(new AssessPovertyClassCommand(AssessPovertyClassCommand.idOf(household.householdId()),
                household.householdId(), household.divisionCode(), household.score()),
                MetaData.from(Map.of(EventMetadata.CORRELATION_ID, causedBy,
                        EventMetadata.EFFECTIVE_ON, (effectiveOn != null ? effectiveOn : LocalDate.now(clock)).toString())));
    }
}

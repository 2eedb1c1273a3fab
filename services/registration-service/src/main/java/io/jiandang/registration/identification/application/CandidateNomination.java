package io.jiandang.registration.identification.application;

import io.jiandang.contracts.registration.CutOffLineSetEvent;
import io.jiandang.eventing.EventMetadata;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.api.NominateCandidateCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Once a county's line is set, makes each household below it a candidate, one command per household (each in
 * its own transaction, so a county of thousands does not become one long transaction). Runs in a tracking
 * processor: a failure other than a business refusal stops it and it retries from the event. Nomination is
 * idempotent, so a retry nominates nobody twice.
 */
@Component
@ProcessingGroup(CandidateNomination.PROCESSING_GROUP)
public class CandidateNomination {

    public static final String PROCESSING_GROUP = "candidate-nomination";
    private static final Logger log = LoggerFactory.getLogger(CandidateNomination.class);

    private final CommandGateway commands;

    public CandidateNomination(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(CutOffLineSetEvent event, MetaData metaData) {
        // the officer who set the line, the correlation id and the business date travel on to the nominations
        MetaData inherited = metaData.subset(EventMetadata.PROPAGATED_KEYS);
        for (String householdId : event.candidateHouseholdIds()) {
            try {
                commands.sendAndWait(new NominateCandidateCommand(householdId, event.roundId(), event.divisionCode(),
                        event.cutOffScore()), inherited);
            } catch (RegistrationException refused) {
                // e.g. vetoed meanwhile: the household stays out of the procedure, the others go on
                log.warn("Household {} of round {} was not nominated: {}", householdId, event.roundId(),
                        refused.code());
            }
        }
    }
}

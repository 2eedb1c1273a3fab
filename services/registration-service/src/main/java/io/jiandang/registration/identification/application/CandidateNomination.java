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

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Once a county's line is set, makes each household below it a candidate, one command per household. Runs in a
 * tracking processor: a failure other than a business refusal stops it and it retries from the event. Nomination is
 * idempotent, so a retry nominates nobody twice.
 *
 * <p>Each command is sent from a thread of its own, where no unit of work is open, so it commits by itself. Sent
 * from the handler's thread it would join the processor's unit of work: a county of thousands would become one
 * transaction holding every household's lock, and once Axon interrupted it (a unit of work may take 60 s) the retry
 * would start from nothing again, without end. Committed one by one, every retry gets further.
 */
@Component
@ProcessingGroup(CandidateNomination.PROCESSING_GROUP)
public class CandidateNomination {

    public static final String PROCESSING_GROUP = "candidate-nomination";
    private static final Logger log = LoggerFactory.getLogger(CandidateNomination.class);

    private final CommandGateway commands;
    private final ExecutorService ownUnitsOfWork = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "candidate-nomination-commands");
        thread.setDaemon(true);
        return thread;
    });

    public CandidateNomination(CommandGateway commands) {
        this.commands = commands;
    }

    @PreDestroy
    void stop() {
        ownUnitsOfWork.shutdownNow();
    }

    @EventHandler
    void on(CutOffLineSetEvent event, MetaData metaData) {
        // the officer who set the line, the correlation id and the business date travel on to the nominations
        MetaData inherited = metaData.subset(EventMetadata.PROPAGATED_KEYS);
        for (String householdId : event.candidateHouseholdIds()) {
            try {
                inOwnUnitOfWork(new NominateCandidateCommand(householdId, event.roundId(), event.divisionCode(),
                        event.cutOffScore()), inherited);
            } catch (RegistrationException refused) {
                // e.g. vetoed meanwhile: the household stays out of the procedure, the others go on
                log.warn("Household {} of round {} was not nominated: {}", householdId, event.roundId(),
                        refused.code());
            }
        }
    }

    private void inOwnUnitOfWork(NominateCandidateCommand command, MetaData metaData) {
        try {
            ownUnitsOfWork.submit(() -> commands.sendAndWait(command, metaData)).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            // Axon's timeout or a shutdown: the processor retries from the event, the nominations done stay done
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while nominating household " + command.householdId(), e);
        }
    }
}

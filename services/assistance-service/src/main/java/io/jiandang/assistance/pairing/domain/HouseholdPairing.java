package io.jiandang.assistance.pairing.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.pairing.api.EndPairingCommand;
import io.jiandang.assistance.pairing.api.PairHouseholdCommand;
import io.jiandang.assistance.pairing.api.RepairHouseholdCommand;
import io.jiandang.assistance.policy.domain.AssistancePolicies;
import io.jiandang.assistance.policy.domain.PolicyTerms;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.PairingEndedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The cadres paired with one household (一帮一联). A household may have several cadres; a cadre takes no more
 * households than the current policy's limit; every change names its reason.
 */
@Aggregate
public class HouseholdPairing {

    @AggregateIdentifier
    private String pairingId;
    private final Set<String> cadres = new LinkedHashSet<>();

    protected HouseholdPairing() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PairHouseholdCommand command, AssistancePolicies policies, CadreLoads loads) {
        requireReason(command.reason());
        if (cadres.contains(command.cadreId())) {
            throw new AssistanceException(AssistanceErrorCode.ALREADY_PAIRED,
                    "Cadre " + command.cadreId() + " is already paired with the household");
        }
        PolicyTerms policy = withinLimit(command.cadreId(), policies, loads);
        apply(new HouseholdPairedEvent(command.householdId(), command.divisionCode(), command.cadreId(),
                command.reason().strip(), command.pairedOn(), policy.version()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RepairHouseholdCommand command, AssistancePolicies policies, CadreLoads loads) {
        requireReason(command.reason());
        if (command.previousCadreId().equals(command.cadreId())) {
            throw new AssistanceException(AssistanceErrorCode.SAME_CADRE,
                    "The household would pass to the cadre it has", "cadreId", "OTHER_CADRE");
        }
        requirePaired(command.previousCadreId());
        if (cadres.contains(command.cadreId())) {
            throw new AssistanceException(AssistanceErrorCode.ALREADY_PAIRED,
                    "Cadre " + command.cadreId() + " is already paired with the household");
        }
        PolicyTerms policy = withinLimit(command.cadreId(), policies, loads);
        apply(new HouseholdRepairedEvent(command.householdId(), command.divisionCode(), command.previousCadreId(),
                command.cadreId(), command.reason().strip(), command.repairedOn(), policy.version()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EndPairingCommand command) {
        requireReason(command.reason());
        requirePaired(command.cadreId());
        apply(new PairingEndedEvent(command.householdId(), command.divisionCode(), command.cadreId(),
                command.reason().strip(), command.endedOn()));
    }

    private void requirePaired(String cadreId) {
        if (!cadres.contains(cadreId)) {
            throw new AssistanceException(AssistanceErrorCode.NOT_PAIRED,
                    "Cadre " + cadreId + " is not paired with the household");
        }
    }

    private static PolicyTerms withinLimit(String cadreId, AssistancePolicies policies, CadreLoads loads) {
        PolicyTerms policy = policies.current().orElseThrow(() -> new AssistanceException(
                AssistanceErrorCode.NO_POLICY_PUBLISHED, "No assistance policy has been published yet"));
        int active = loads.activeHouseholds(cadreId);
        if (active >= policy.householdsPerCadre()) {
            throw new AssistanceException(AssistanceErrorCode.CADRE_LIMIT_REACHED,
                    "Cadre " + cadreId + " is already paired with " + active + " households, the limit of policy version "
                            + policy.version() + " is " + policy.householdsPerCadre());
        }
        return policy;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AssistanceException(AssistanceErrorCode.REASON_REQUIRED, "A reason is required", "reason",
                    "NOT_BLANK");
        }
    }

    @EventSourcingHandler
    void on(HouseholdPairedEvent event) {
        pairingId = PairHouseholdCommand.idOf(event.householdId());
        cadres.add(event.cadreId());
    }

    @EventSourcingHandler
    void on(HouseholdRepairedEvent event) {
        pairingId = PairHouseholdCommand.idOf(event.householdId());
        cadres.remove(event.previousCadreId());
        cadres.add(event.cadreId());
    }

    @EventSourcingHandler
    void on(PairingEndedEvent event) {
        cadres.remove(event.cadreId());
    }
}

package io.jiandang.assistance.cadre.domain;

import io.jiandang.assistance.cadre.api.RegisterCadreCommand;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.contracts.assistance.CadreRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An assistance cadre (帮扶干部): unit, kind and jurisdiction. Registered once. */
@Aggregate
public class Cadre {

    @AggregateIdentifier
    private String cadreId;

    protected Cadre() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterCadreCommand command) {
        if (cadreId != null) {
            throw new AssistanceException(AssistanceErrorCode.CADRE_ALREADY_REGISTERED,
                    "Cadre " + command.cadreId() + " is already registered");
        }
        if (command.name() == null || command.name().isBlank() || command.unit() == null || command.unit().isBlank()
                || command.kind() == null) {
            throw new AssistanceException(AssistanceErrorCode.CADRE_INVALID, "A cadre needs a name, a unit and a kind",
                    "name", "REQUIRED");
        }
        apply(new CadreRegisteredEvent(command.cadreId(), command.divisionCode(), command.name().strip(),
                command.unit().strip(), command.kind()));
    }

    @EventSourcingHandler
    void on(CadreRegisteredEvent event) {
        cadreId = event.cadreId();
    }
}

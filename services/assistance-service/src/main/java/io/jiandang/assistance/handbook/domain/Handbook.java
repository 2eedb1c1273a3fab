package io.jiandang.assistance.handbook.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.handbook.api.ChooseMeasureCommand;
import io.jiandang.assistance.handbook.api.RecordAssistanceCommand;
import io.jiandang.contracts.assistance.AssistanceMeasure;
import io.jiandang.contracts.assistance.AssistanceMeasureChosenEvent;
import io.jiandang.contracts.assistance.AssistanceRecordKind;
import io.jiandang.contracts.assistance.AssistanceRecordedEvent;
import io.jiandang.contracts.assistance.HandbookOpenedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household's handbook (帮扶手册) of a year: the measures chosen and the assistance records. It is the one
 * source of both printed copies (the household's and the cadre's), so they cannot drift. Opened by its first
 * entry.
 */
@Aggregate
public class Handbook {

    @AggregateIdentifier
    private String handbookId;
    private final Set<AssistanceMeasure> measures = EnumSet.noneOf(AssistanceMeasure.class);
    private int records;

    protected Handbook() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChooseMeasureCommand command) {
        requireDetail(command.detail());
        requireWithinYear(command.chosenOn(), command.year(), "chosenOn");
        if (measures.contains(command.measure())) {
            throw new AssistanceException(AssistanceErrorCode.MEASURE_ALREADY_CHOSEN,
                    "Measure " + command.measure() + " is already in the handbook of " + command.year());
        }
        openIfNeeded(command.householdId(), command.divisionCode(), command.year());
        apply(new AssistanceMeasureChosenEvent(command.householdId(), command.divisionCode(), command.year(),
                command.measure(), command.detail().strip(), command.chosenOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(RecordAssistanceCommand command) {
        requireDetail(command.detail());
        requireWithinYear(command.occurredOn(), command.year(), "occurredOn");
        if (command.kind() == AssistanceRecordKind.FUNDS
                ? command.amount() == null || command.amount().signum() <= 0 || command.amount().scale() > 2
                : command.amount() != null) {
            throw new AssistanceException(AssistanceErrorCode.AMOUNT_REQUIRED_FOR_FUNDS,
                    "Funds are recorded with their amount in yuan (more than 0, to the fen); other records without",
                    "amount", "AMOUNT_FOR_FUNDS_ONLY");
        }
        openIfNeeded(command.householdId(), command.divisionCode(), command.year());
        String recordId = String.valueOf(records + 1);
        apply(new AssistanceRecordedEvent(command.householdId(), command.divisionCode(), command.year(), recordId,
                command.kind(), command.occurredOn(), command.detail().strip(), command.amount()));
        return recordId;
    }

    private void openIfNeeded(String householdId, String divisionCode, int year) {
        if (handbookId == null) {
            apply(new HandbookOpenedEvent(householdId, divisionCode, year));
        }
    }

    private static void requireDetail(String detail) {
        if (detail == null || detail.isBlank()) {
            throw new AssistanceException(AssistanceErrorCode.REASON_REQUIRED, "Say what was done", "detail", "NOT_BLANK");
        }
    }

    private static void requireWithinYear(LocalDate date, int year, String field) {
        if (date == null || date.getYear() != year) {
            throw new AssistanceException(AssistanceErrorCode.DATE_OUTSIDE_YEAR,
                    "The date must lie in the handbook's year " + year, field, "IN_HANDBOOK_YEAR");
        }
    }

    @EventSourcingHandler
    void on(HandbookOpenedEvent event) {
        handbookId = ChooseMeasureCommand.idOf(event.householdId(), event.year());
    }

    @EventSourcingHandler
    void on(AssistanceMeasureChosenEvent event) {
        measures.add(event.measure());
    }

    @EventSourcingHandler
    void on(AssistanceRecordedEvent event) {
        records++;
    }
}

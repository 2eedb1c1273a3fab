package io.jiandang.assistance.income.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.income.api.RecordIncomeEntryCommand;
import io.jiandang.assistance.income.api.SignIncomeEntryCommand;
import io.jiandang.contracts.assistance.IncomeEntryCountedEvent;
import io.jiandang.contracts.assistance.IncomeEntryRecordedEvent;
import io.jiandang.contracts.assistance.IncomeEntrySignedEvent;
import io.jiandang.contracts.assistance.IncomeSource;
import io.jiandang.contracts.assistance.Signatory;
import io.jiandang.contracts.assistance.YearlyNetIncomePerHeadChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household's monthly income register (收入登记表) of one year. One entry per month by income source; an
 * entry counts only once both the paired cadre and the household have signed it; a correction is a new entry
 * that supersedes the month's current one and counts once it is signed in turn, never an edit. The yearly
 * per-capita net income is derived from counted entries only.
 */
@Aggregate
public class IncomeRegister {

    @AggregateIdentifier
    private String registerId;
    private String householdId;
    private String divisionCode;
    private final Map<String, Entry> entries = new HashMap<>();
    /** The latest entry written for each month (the one that may be signed). */
    private final Map<YearMonth, String> currentOfMonth = new HashMap<>();
    /** The entry that counts for each month. */
    private final Map<YearMonth, IncomeEntryRecordedEvent> countedOfMonth = new TreeMap<>();

    /** An entry and its signatures so far (a value, replaced when signed). */
    private record Entry(IncomeEntryRecordedEvent recorded, String cadreId, boolean householdSigned) {
        String entryId() {
            return recorded.entryId();
        }

        YearMonth month() {
            return recorded.month();
        }
    }

    protected IncomeRegister() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(RecordIncomeEntryCommand command) {
        if (command.members() < 1) {
            throw new AssistanceException(AssistanceErrorCode.INVALID_MEMBERS,
                    "The household has no members to share the income", "members", "POSITIVE");
        }
        Map<IncomeSource, BigDecimal> amounts = new EnumMap<>(IncomeSource.class);
        if (command.amounts() != null) {
            command.amounts().forEach((source, amount) -> {
                if (source == null || amount == null || amount.signum() < 0 || amount.scale() > 2) {
                    throw new AssistanceException(AssistanceErrorCode.INVALID_AMOUNT,
                            "An amount is at least 0 yuan, to the fen", "amounts." + source, "NOT_NEGATIVE_YUAN");
                }
                amounts.put(source, amount);
            });
        }
        BigDecimal costs = command.productionCosts() == null ? BigDecimal.ZERO : command.productionCosts();
        if (costs.signum() < 0 || costs.scale() > 2) {
            throw new AssistanceException(AssistanceErrorCode.INVALID_AMOUNT,
                    "Production costs are at least 0 yuan, to the fen", "productionCosts", "NOT_NEGATIVE_YUAN");
        }
        String current = currentOfMonth.get(command.month());
        if (command.supersedesEntryId() == null && current != null) {
            throw new AssistanceException(AssistanceErrorCode.MONTH_ALREADY_HAS_ENTRY, "Month " + command.month()
                    + " already has entry " + current + ": a correction names the entry it supersedes");
        }
        if (command.supersedesEntryId() != null && !command.supersedesEntryId().equals(current)) {
            throw new AssistanceException(AssistanceErrorCode.SUPERSEDED_ENTRY_NOT_CURRENT, "Entry "
                    + command.supersedesEntryId() + " is not the current entry of " + command.month()
                    + (current == null ? " (the month has none)" : " (" + current + " is)"),
                    "supersedesEntryId", "CURRENT_ENTRY_OF_MONTH");
        }
        long ofMonth = entries.values().stream().filter(e -> e.month().equals(command.month())).count();
        String entryId = command.month() + "." + (ofMonth + 1);
        BigDecimal net = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(costs);
        apply(new IncomeEntryRecordedEvent(command.householdId(), command.divisionCode(), entryId, command.month(),
                amounts, costs, net, command.members(), command.supersedesEntryId()));
        return entryId;
    }

    @CommandHandler
    public void handle(SignIncomeEntryCommand command) {
        Entry entry = entries.get(command.entryId());
        if (entry == null) {
            throw new AssistanceException(AssistanceErrorCode.ENTRY_NOT_FOUND, "No entry " + command.entryId());
        }
        if (!entry.entryId().equals(currentOfMonth.get(entry.month()))) {
            throw new AssistanceException(AssistanceErrorCode.ENTRY_SUPERSEDED, "Entry " + entry.entryId()
                    + " was superseded by " + currentOfMonth.get(entry.month()) + ": sign that one");
        }
        Signatory signatory = command.signatory();
        if (signatory == null) {
            throw new AssistanceException(AssistanceErrorCode.SIGNATORY_REQUIRED, "Who signs is required", "signatory",
                    "REQUIRED");
        }
        if (signatory == Signatory.CADRE ? entry.cadreId() != null : entry.householdSigned()) {
            throw new AssistanceException(AssistanceErrorCode.ALREADY_SIGNED, "Entry " + entry.entryId()
                    + " already has the " + (signatory == Signatory.CADRE ? "cadre's" : "household's") + " signature");
        }
        String evidence = command.evidenceReference() == null || command.evidenceReference().isBlank() ? null
                : command.evidenceReference().strip();
        if (signatory.isHousehold() && evidence == null) {
            throw new AssistanceException(AssistanceErrorCode.EVIDENCE_REQUIRED,
                    "A household signature is recorded with the reference of the signed page", "evidenceReference",
                    "NOT_BLANK");
        }
        apply(new IncomeEntrySignedEvent(householdId, divisionCode, entry.entryId(), entry.month(), signatory,
                command.recordedBy(), signatory.isHousehold() ? evidence : null));
        Entry signed = entries.get(entry.entryId());
        if (signed.cadreId() != null && signed.householdSigned()) {
            IncomeEntryRecordedEvent r = signed.recorded();
            apply(new IncomeEntryCountedEvent(householdId, divisionCode, r.entryId(), r.month(), r.amounts(),
                    r.productionCosts(), r.netIncome(), r.members(), r.supersedesEntryId(), signed.cadreId()));
            YearlyIncome yearly = YearlyIncome.of(r.month().getYear(), countedOfMonth.values().stream()
                    .map(e -> new YearlyIncome.CountedMonth(e.month(), e.netIncome(), e.members())).toList());
            apply(new YearlyNetIncomePerHeadChangedEvent(householdId, divisionCode, yearly.year(), yearly.netIncome(),
                    yearly.members(), yearly.netIncomePerHead(), yearly.monthsCounted()));
        }
    }

    @EventSourcingHandler
    void on(IncomeEntryRecordedEvent event) {
        registerId = RecordIncomeEntryCommand.idOf(event.householdId(), event.month().getYear());
        householdId = event.householdId();
        divisionCode = event.divisionCode();
        entries.put(event.entryId(), new Entry(event, null, false));
        currentOfMonth.put(event.month(), event.entryId());
    }

    @EventSourcingHandler
    void on(IncomeEntrySignedEvent event) {
        Entry entry = entries.get(event.entryId());
        entries.put(event.entryId(), event.signatory() == Signatory.CADRE
                ? new Entry(entry.recorded(), event.recordedBy(), entry.householdSigned())
                : new Entry(entry.recorded(), entry.cadreId(), true));
    }

    @EventSourcingHandler
    void on(IncomeEntryCountedEvent event) {
        countedOfMonth.put(event.month(), entries.get(event.entryId()).recorded());
    }
}

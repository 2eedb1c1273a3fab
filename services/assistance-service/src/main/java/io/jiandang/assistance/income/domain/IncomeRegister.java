package io.jiandang.assistance.income.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.income.api.RecordIncomeCardCommand;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        IncomeEntryRecordedEvent recorded = entryOf(command.householdId(), command.divisionCode(), command.month(),
                command.amounts(), command.productionCosts(), command.members(), command.supersedesEntryId());
        apply(recorded);
        return recorded.entryId();
    }

    /**
     * A card (一户一卡) of several months: decides every month first, by the rules of a single entry and of its
     * household signature, so that one invalid month refuses the whole card (named by its index) before anything
     * is applied; then records and signs each month in the card's order exactly as the single path would (entry,
     * cadre's signature, household head's signature, counted, yearly figure).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public List<String> handle(RecordIncomeCardCommand command) {
        if (command.months() == null || command.months().isEmpty()) {
            throw new AssistanceException(AssistanceErrorCode.INCOME_CARD_EMPTY, "A card has at least one month",
                    "months", "NOT_EMPTY");
        }
        requireMembers(command.members());
        List<IncomeEntryRecordedEvent> recorded = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        Set<YearMonth> onCard = new HashSet<>();
        for (int i = 0; i < command.months().size(); i++) {
            RecordIncomeCardCommand.Month month = command.months().get(i);
            try {
                if (month == null || month.month() == null || month.month().getYear() != command.year()) {
                    throw new AssistanceException(AssistanceErrorCode.DATE_OUTSIDE_YEAR,
                            "The months of a card are months of " + command.year(), "month", "IN_YEAR_OF_CARD");
                }
                if (!onCard.add(month.month())) {
                    throw new AssistanceException(AssistanceErrorCode.MONTH_ALREADY_HAS_ENTRY,
                            "Month " + month.month() + " is twice on the card", "month", null);
                }
                recorded.add(entryOf(command.householdId(), command.divisionCode(), month.month(), month.amounts(),
                        month.productionCosts(), command.members(), null));
                evidence.add(evidenceOf(Signatory.HOUSEHOLD_HEAD, month.evidenceReference()));
            } catch (AssistanceException refused) {
                throw new AssistanceException(refused.code(), "Month " + i + " of the card: " + refused.getMessage(),
                        "months[" + i + "]." + (refused.field() != null ? refused.field() : "month"), refused.rule());
            }
        }
        List<String> entryIds = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            String entryId = recorded.get(i).entryId();
            apply(recorded.get(i));
            sign(entryId, Signatory.CADRE, command.cadreId(), null);
            sign(entryId, Signatory.HOUSEHOLD_HEAD, command.cadreId(), evidence.get(i));
            entryIds.add(entryId);
        }
        return List.copyOf(entryIds);
    }

    /** The event recording a month's entry, once the entry passes every rule (refused otherwise, nothing applied). */
    private IncomeEntryRecordedEvent entryOf(String householdId, String divisionCode, YearMonth month,
                                             Map<IncomeSource, BigDecimal> requested, BigDecimal productionCosts,
                                             int members, String supersedesEntryId) {
        requireMembers(members);
        Map<IncomeSource, BigDecimal> amounts = new EnumMap<>(IncomeSource.class);
        if (requested != null) {
            requested.forEach((source, amount) -> {
                if (source == null || amount == null || amount.signum() < 0 || amount.scale() > 2) {
                    throw new AssistanceException(AssistanceErrorCode.INVALID_AMOUNT,
                            "An amount is at least 0 yuan, to the fen", "amounts." + source, "NOT_NEGATIVE_YUAN");
                }
                amounts.put(source, amount);
            });
        }
        BigDecimal costs = productionCosts == null ? BigDecimal.ZERO : productionCosts;
        if (costs.signum() < 0 || costs.scale() > 2) {
            throw new AssistanceException(AssistanceErrorCode.INVALID_AMOUNT,
                    "Production costs are at least 0 yuan, to the fen", "productionCosts", "NOT_NEGATIVE_YUAN");
        }
        String current = currentOfMonth.get(month);
        if (supersedesEntryId == null && current != null) {
            throw new AssistanceException(AssistanceErrorCode.MONTH_ALREADY_HAS_ENTRY, "Month " + month
                    + " already has entry " + current + ": a correction names the entry it supersedes");
        }
        if (supersedesEntryId != null && !supersedesEntryId.equals(current)) {
            throw new AssistanceException(AssistanceErrorCode.SUPERSEDED_ENTRY_NOT_CURRENT, "Entry "
                    + supersedesEntryId + " is not the current entry of " + month
                    + (current == null ? " (the month has none)" : " (" + current + " is)"),
                    "supersedesEntryId", "CURRENT_ENTRY_OF_MONTH");
        }
        long ofMonth = entries.values().stream().filter(e -> e.month().equals(month)).count();
        String entryId = month + "." + (ofMonth + 1);
        BigDecimal net = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(costs);
        return new IncomeEntryRecordedEvent(householdId, divisionCode, entryId, month, amounts, costs, net, members,
                supersedesEntryId);
    }

    private static void requireMembers(int members) {
        if (members < 1) {
            throw new AssistanceException(AssistanceErrorCode.INVALID_MEMBERS,
                    "The household has no members to share the income", "members", "POSITIVE");
        }
    }

    @CommandHandler
    public void handle(SignIncomeEntryCommand command) {
        sign(command.entryId(), command.signatory(), command.recordedBy(), command.evidenceReference());
    }

    /** Applies a signature, and when it is the entry's second, the entry counted and the year's new figure. */
    private void sign(String entryId, Signatory signatory, String recordedBy, String evidenceReference) {
        Entry entry = entries.get(entryId);
        if (entry == null) {
            throw new AssistanceException(AssistanceErrorCode.ENTRY_NOT_FOUND, "No entry " + entryId);
        }
        if (!entry.entryId().equals(currentOfMonth.get(entry.month()))) {
            throw new AssistanceException(AssistanceErrorCode.ENTRY_SUPERSEDED, "Entry " + entry.entryId()
                    + " was superseded by " + currentOfMonth.get(entry.month()) + ": sign that one");
        }
        if (signatory == null) {
            throw new AssistanceException(AssistanceErrorCode.SIGNATORY_REQUIRED, "Who signs is required", "signatory",
                    "REQUIRED");
        }
        if (signatory == Signatory.CADRE ? entry.cadreId() != null : entry.householdSigned()) {
            throw new AssistanceException(AssistanceErrorCode.ALREADY_SIGNED, "Entry " + entry.entryId()
                    + " already has the " + (signatory == Signatory.CADRE ? "cadre's" : "household's") + " signature");
        }
        String evidence = evidenceOf(signatory, evidenceReference);
        apply(new IncomeEntrySignedEvent(householdId, divisionCode, entry.entryId(), entry.month(), signatory,
                recordedBy, evidence));
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

    /**
     * The evidence a signature carries: a household signature is recorded only with the reference of the signed
     * page (refused otherwise); the cadre's carries none.
     */
    private static String evidenceOf(Signatory signatory, String reference) {
        String evidence = reference == null || reference.isBlank() ? null : reference.strip();
        if (signatory.isHousehold() && evidence == null) {
            throw new AssistanceException(AssistanceErrorCode.EVIDENCE_REQUIRED,
                    "A household signature is recorded with the reference of the signed page", "evidenceReference",
                    "NOT_BLANK");
        }
        return signatory.isHousehold() ? evidence : null;
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

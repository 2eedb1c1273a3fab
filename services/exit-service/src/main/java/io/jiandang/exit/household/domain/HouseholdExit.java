package io.jiandang.exit.household.domain;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.contracts.exit.ExitConfirmationSignedEvent;
import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.ExitNoticeOpenedEvent;
import io.jiandang.contracts.exit.ExitObjectionLodgedEvent;
import io.jiandang.contracts.exit.ExitObjectionResolvedEvent;
import io.jiandang.contracts.exit.ExitSignatory;
import io.jiandang.contracts.exit.HouseholdExitAssessedEvent;
import io.jiandang.contracts.exit.HouseholdExitRejectedEvent;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.common.api.FailedCriterion;
import io.jiandang.exit.common.domain.Checklist;
import io.jiandang.exit.facts.domain.HouseholdFacts;
import io.jiandang.exit.facts.domain.RegisterFacts;
import io.jiandang.exit.facts.domain.YearlyIncome;
import io.jiandang.exit.household.api.AssessHouseholdExitCommand;
import io.jiandang.exit.household.api.CancellationOutcome;
import io.jiandang.exit.household.api.LodgeExitObjectionCommand;
import io.jiandang.exit.household.api.OpenExitNoticeCommand;
import io.jiandang.exit.household.api.RecordHouseholdExitCommand;
import io.jiandang.exit.household.api.ResolveExitObjectionCommand;
import io.jiandang.exit.household.api.SignExitConfirmationCommand;
import io.jiandang.exit.household.api.VetoCheck;
import io.jiandang.exit.policy.domain.ExitPolicies;
import io.jiandang.exit.policy.domain.ExitPolicy;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household's exit from poverty (贫困户脱贫退出) by the five strictnesses: assessed against 八有一超 (严标准),
 * confirmed by three signatures (双认定) and a public notice (严程序), then cancelled from the register (严销号)
 * after the vetoes were re-checked. After exit the household keeps two years of tracking support and one year of
 * observation.
 *
 * <p>Every command names its actor; the aggregate checks role, level and jurisdiction itself.
 */
@Aggregate
public class HouseholdExit {

    public static final String INCOME_ABOVE_LINE = "INCOME_ABOVE_LINE";
    public static final String INCOME_REGISTER_COMPLETE = "INCOME_REGISTER_COMPLETE";

    @AggregateIdentifier
    private String exitId;
    private String householdId;
    private String villageCode;
    private int exitYear;
    private int policyVersion;
    private BigDecimal netIncomePerHead;
    private BigDecimal incomeLine;
    private final Set<String> verificationTeam = new HashSet<>();
    private final Set<ExitSignatory> signed = EnumSet.noneOf(ExitSignatory.class);
    private Instant noticeClosesAt;
    private final Map<String, Boolean> objectionsResolved = new HashMap<>();
    private boolean closed;

    protected HouseholdExit() {
    }

    @CommandHandler
    public HouseholdExit(AssessHouseholdExitCommand command, ExitPolicies policies, RegisterFacts facts) {
        HouseholdFacts household = facts.household(command.householdId())
                .filter(h -> h.villageCode() != null && h.status() != null)
                .orElseThrow(() -> new ExitException(ExitErrorCode.HOUSEHOLD_NOT_IN_REGISTER,
                        "Household " + command.householdId() + " is not in the register"));
        AccessRules.requireOfficerCovering(command.actor(), household.villageCode(), DivisionLevel.TOWNSHIP);
        if (!household.status().isPoor()) {
            throw new ExitException(ExitErrorCode.HOUSEHOLD_NOT_POOR,
                    "Only a registered poor household can exit; this one is " + household.status());
        }
        if (household.openExitId() != null && !household.openExitId().equals(command.exitId())) {
            throw new ExitException(ExitErrorCode.EXIT_IN_PROGRESS,
                    "The household's exit " + household.openExitId() + " is under way");
        }
        ExitPolicy policy = policies.current().orElseThrow(() -> new ExitException(ExitErrorCode.NO_POLICY_PUBLISHED,
                "No exit policy has been published"));
        BigDecimal line = policy.incomeLine(command.exitYear()).orElseThrow(() -> new ExitException(
                ExitErrorCode.NO_INCOME_LINE_FOR_YEAR, "Exit policy version " + policy.version()
                + " has no national income line for " + command.exitYear()));
        List<String> team = command.verificationTeam() == null ? List.of()
                : command.verificationTeam().stream().filter(m -> m != null && !m.isBlank()).distinct().toList();
        if (team.isEmpty()) {
            throw ExitException.invalid(ExitErrorCode.VERIFICATION_TEAM_REQUIRED, "verificationTeam",
                    "The verification team's members are required");
        }
        List<FailedCriterion> failed = new ArrayList<>(incomeTest(household, command.exitYear(), line,
                policy.published().incomeMonthsRequired()));
        failed.addAll(Checklist.unmet(policy.householdGuarantees(), command.guarantees(), "guarantees"));
        if (!failed.isEmpty()) {
            throw new ExitException(ExitErrorCode.EXIT_CRITERIA_NOT_MET,
                    "The household does not meet 八有一超 (policy version " + policy.version() + ")", failed);
        }
        YearlyIncome income = household.income(command.exitYear()).orElseThrow();
        apply(new HouseholdExitAssessedEvent(household.householdId(), household.villageCode(), command.exitId(),
                command.exitYear(), income.netIncomePerHead(), line, income.monthsCounted(), policy.version(),
                List.copyOf(command.guarantees()), team));
    }

    /** The "one exceeds" (一超): the year's per-capita net income from the signed register above the line. */
    static List<FailedCriterion> incomeTest(HouseholdFacts household, int year, BigDecimal line, int monthsRequired) {
        YearlyIncome income = household.income(year).orElse(null);
        if (income == null) {
            return List.of(new FailedCriterion(INCOME_ABOVE_LINE, "above " + line.toPlainString() + " yuan per head in " + year,
                    "no counted income entry for " + year));
        }
        List<FailedCriterion> failed = new ArrayList<>();
        if (income.monthsCounted() < monthsRequired) {
            failed.add(new FailedCriterion(INCOME_REGISTER_COMPLETE, monthsRequired + " signed months in " + year,
                    income.monthsCounted() + " signed months"));
        }
        if (income.netIncomePerHead().compareTo(line) <= 0) {
            failed.add(new FailedCriterion(INCOME_ABOVE_LINE, "above " + line.toPlainString() + " yuan per head in " + year,
                    income.netIncomePerHead().toPlainString() + " yuan per head"));
        }
        return failed;
    }

    @CommandHandler
    public void handle(SignExitConfirmationCommand command, RegisterFacts facts) {
        requireOpen();
        if (noticeClosesAt != null) {
            throw new ExitException(ExitErrorCode.NOTICE_ALREADY_OPEN, "The exit is already on notice; signatures are closed");
        }
        if (command.signatory() == null) {
            throw ExitException.invalid(ExitErrorCode.SIGNATURE_MISSING, "signatory", "Who signs is required");
        }
        String evidence = null;
        switch (command.signatory()) {
            case HOUSEHOLD_HEAD -> {
                AccessRules.requireOfficerCovering(command.actor(), villageCode, DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP);
                if (command.evidenceReference() == null || command.evidenceReference().isBlank()) {
                    throw ExitException.invalid(ExitErrorCode.EVIDENCE_REQUIRED, "evidenceReference",
                            "The household head signs on paper: the scan's reference is required");
                }
                evidence = command.evidenceReference().strip();
            }
            case VERIFICATION_TEAM_MEMBER -> {
                AccessRules.requireCovers(command.actor(), villageCode);
                if (!verificationTeam.contains(command.actor().userId())) {
                    throw new ExitException(ExitErrorCode.NOT_A_TEAM_MEMBER,
                            command.actor().userId() + " is not a member of the verification team");
                }
            }
            case PAIRING_CADRE -> {
                AccessRules.requireRole(command.actor(), Role.ASSISTANCE_CADRE);
                boolean paired = facts.household(householdId).map(h -> h.pairedCadres().contains(command.actor().userId()))
                        .orElse(false);
                if (!paired) {
                    throw new ExitException(ExitErrorCode.NOT_THE_PAIRED_CADRE,
                            command.actor().userId() + " is not a cadre paired with the household");
                }
            }
        }
        if (signed.contains(command.signatory())) {
            throw new ExitException(ExitErrorCode.ALREADY_SIGNED, command.signatory() + " has already signed");
        }
        apply(new ExitConfirmationSignedEvent(householdId, villageCode, exitId, command.signatory(),
                command.actor().userId(), evidence));
    }

    @CommandHandler
    public void handle(OpenExitNoticeCommand command, ExitPolicies policies, Clock clock) {
        requireOpen();
        AccessRules.requireOfficerCovering(command.actor(), villageCode, DivisionLevel.TOWNSHIP);
        if (noticeClosesAt != null) {
            throw new ExitException(ExitErrorCode.NOTICE_ALREADY_OPEN, "The exit is already on notice");
        }
        List<FailedCriterion> missing = new ArrayList<>();
        for (ExitSignatory signatory : ExitSignatory.values()) {
            if (!signed.contains(signatory)) {
                missing.add(new FailedCriterion(signatory.name(), "signed", "not signed"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ExitException(ExitErrorCode.SIGNATURE_MISSING,
                    "Double confirmation needs the household head, a verification team member and the pairing cadre", missing);
        }
        int days = policy(policies).published().noticePeriodDays();
        Instant opensAt = clock.instant();
        apply(new ExitNoticeOpenedEvent(householdId, villageCode, exitId, opensAt, opensAt.plus(Duration.ofDays(days)), days));
    }

    @CommandHandler
    public void handle(LodgeExitObjectionCommand command, Clock clock) {
        requireOpen();
        AccessRules.requireOfficerCovering(command.actor(), villageCode, DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP,
                DivisionLevel.COUNTY);
        if (noticeClosesAt == null) {
            throw new ExitException(ExitErrorCode.NOTICE_NOT_OPEN, "The exit is not on notice");
        }
        if (!clock.instant().isBefore(noticeClosesAt)) {
            throw new ExitException(ExitErrorCode.NOTICE_CLOSED, "The notice closed at " + noticeClosesAt);
        }
        if (command.text() == null || command.text().isBlank()) {
            throw ExitException.invalid(ExitErrorCode.EVIDENCE_REQUIRED, "text", "The objection's text is required");
        }
        if (objectionsResolved.containsKey(command.objectionId())) {
            return; // the same objection recorded twice: already there
        }
        apply(new ExitObjectionLodgedEvent(householdId, villageCode, exitId, command.objectionId(), command.text().strip()));
    }

    @CommandHandler
    public void handle(ResolveExitObjectionCommand command) {
        requireOpen();
        AccessRules.requireOfficerCovering(command.actor(), villageCode, DivisionLevel.TOWNSHIP);
        Boolean resolved = objectionsResolved.get(command.objectionId());
        if (resolved == null) {
            throw new ExitException(ExitErrorCode.OBJECTION_NOT_FOUND, "No such objection");
        }
        if (resolved) {
            throw new ExitException(ExitErrorCode.OBJECTION_ALREADY_RESOLVED, "The objection was already answered");
        }
        if (command.answer() == null || command.answer().isBlank()) {
            throw ExitException.invalid(ExitErrorCode.EVIDENCE_REQUIRED, "answer", "The township's answer is required");
        }
        apply(new ExitObjectionResolvedEvent(householdId, villageCode, exitId, command.objectionId(), command.upheld(),
                command.answer().strip()));
        if (command.upheld()) {
            apply(new HouseholdExitRejectedEvent(householdId, villageCode, exitId,
                    "Objection upheld: " + command.answer().strip(), null, null));
        }
    }

    @CommandHandler
    public CancellationOutcome handle(RecordHouseholdExitCommand command, ExitPolicies policies, Clock clock) {
        requireOpen();
        AccessRules.requireOfficerCovering(command.actor(), villageCode, DivisionLevel.COUNTY);
        if (noticeClosesAt == null) {
            throw new ExitException(ExitErrorCode.NOTICE_NOT_OPEN, "The exit has not been on public notice");
        }
        if (clock.instant().isBefore(noticeClosesAt)) {
            throw new ExitException(ExitErrorCode.NOTICE_PERIOD_NOT_ELAPSED, "The notice runs until " + noticeClosesAt);
        }
        List<FailedCriterion> open = objectionsResolved.entrySet().stream().filter(e -> !e.getValue())
                .map(e -> new FailedCriterion("OBJECTION " + e.getKey(), "answered", "open")).toList();
        if (!open.isEmpty()) {
            throw new ExitException(ExitErrorCode.OBJECTION_OPEN, "An objection of the notice period is not answered", open);
        }
        if (command.exitedOn() == null) {
            throw ExitException.invalid(ExitErrorCode.VETO_CHECK_INCOMPLETE, "exitedOn", "The exit's business date is required");
        }
        ExitPolicy policy = policy(policies);
        List<FailedCriterion> found = vetoesFound(policy.vetoRules(), command.vetoChecks());
        if (!found.isEmpty()) {
            VetoCheck first = command.vetoChecks().stream().filter(VetoCheck::found).findFirst().orElseThrow();
            apply(new HouseholdExitRejectedEvent(householdId, villageCode, exitId, "Veto found at cancellation: "
                    + found.stream().map(FailedCriterion::code).toList(), first.code(), first.evidence()));
            return new CancellationOutcome(false, found);
        }
        LocalDate exitedOn = command.exitedOn();
        int tracking = policy.published().trackingYears();
        int observation = policy.published().observationYears();
        // the last day of each period: two years from 2016-12-20 end on 2018-12-19
        LocalDate trackingEndsOn = exitedOn.plusYears(tracking).minusDays(1);
        LocalDate observationEndsOn = exitedOn.plusYears(tracking + observation).minusDays(1);
        apply(new HouseholdExitedEvent(householdId, villageCode, exitId, exitYear, exitedOn, netIncomePerHead,
                incomeLine, policyVersion, trackingEndsOn, observationEndsOn));
        return new CancellationOutcome(true, List.of());
    }

    /** Every veto rule of the policy must have been checked; the ones found, as failed criteria. */
    static List<FailedCriterion> vetoesFound(List<ExitCriterion> rules, List<VetoCheck> checks) {
        Map<String, VetoCheck> byCode = new HashMap<>();
        for (VetoCheck check : checks == null ? List.<VetoCheck>of() : checks) {
            if (check == null || check.code() == null || rules.stream().noneMatch(r -> r.code().equals(check.code()))) {
                throw ExitException.invalid(ExitErrorCode.VETO_CHECK_INCOMPLETE, "vetoChecks",
                        "A veto check names no veto rule of the policy: " + (check == null ? null : check.code()));
            }
            if (check.found() && (check.evidence() == null || check.evidence().isBlank())) {
                throw ExitException.invalid(ExitErrorCode.EVIDENCE_REQUIRED, "vetoChecks",
                        "A veto found needs its evidence: " + check.code());
            }
            byCode.put(check.code(), check);
        }
        List<FailedCriterion> unchecked = rules.stream().filter(r -> !byCode.containsKey(r.code()))
                .map(r -> new FailedCriterion(r.code(), "checked: " + r.description(), "not checked")).toList();
        if (!unchecked.isEmpty()) {
            throw new ExitException(ExitErrorCode.VETO_CHECK_INCOMPLETE,
                    "Every veto rule is re-checked at cancellation", unchecked, "vetoChecks");
        }
        return rules.stream().filter(r -> byCode.get(r.code()).found())
                .map(r -> new FailedCriterion(r.code(), "not found: " + r.description(),
                        "found, evidence " + byCode.get(r.code()).evidence())).toList();
    }

    private ExitPolicy policy(ExitPolicies policies) {
        return policies.version(policyVersion).orElseThrow(() -> new IllegalStateException(
                "exit policy version " + policyVersion + " of exit " + exitId + " is not stored"));
    }

    private void requireOpen() {
        if (closed) {
            throw new ExitException(ExitErrorCode.EXIT_CLOSED, "The exit is closed (exited or rejected)");
        }
    }

    @EventSourcingHandler
    void on(HouseholdExitAssessedEvent event) {
        exitId = event.exitId();
        householdId = event.householdId();
        villageCode = event.divisionCode();
        exitYear = event.exitYear();
        policyVersion = event.criteriaVersion();
        netIncomePerHead = event.netIncomePerHead();
        incomeLine = event.incomeLine();
        verificationTeam.addAll(event.verificationTeam());
    }

    @EventSourcingHandler
    void on(ExitConfirmationSignedEvent event) {
        signed.add(event.signatory());
    }

    @EventSourcingHandler
    void on(ExitNoticeOpenedEvent event) {
        noticeClosesAt = event.closesAt();
    }

    @EventSourcingHandler
    void on(ExitObjectionLodgedEvent event) {
        objectionsResolved.put(event.objectionId(), false);
    }

    @EventSourcingHandler
    void on(ExitObjectionResolvedEvent event) {
        objectionsResolved.put(event.objectionId(), true);
    }

    @EventSourcingHandler
    void on(HouseholdExitRejectedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(HouseholdExitedEvent event) {
        closed = true;
    }
}

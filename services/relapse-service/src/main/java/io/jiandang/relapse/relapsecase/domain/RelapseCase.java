package io.jiandang.relapse.relapsecase.domain;

import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseNoticeOpenedEvent;
import io.jiandang.contracts.relapse.RelapseObjectionAnsweredEvent;
import io.jiandang.contracts.relapse.RelapseObjectionLodgedEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;
import io.jiandang.contracts.relapse.VillageMeeting;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.policy.domain.RelapsePolicies;
import io.jiandang.relapse.policy.domain.RelapsePolicyRules;
import io.jiandang.relapse.relapsecase.api.AnswerRelapseObjectionCommand;
import io.jiandang.relapse.relapsecase.api.ApplyForRelapseCommand;
import io.jiandang.relapse.relapsecase.api.ApproveRelapseCommand;
import io.jiandang.relapse.relapsecase.api.CompleteRelapseNoticeCommand;
import io.jiandang.relapse.relapsecase.api.LodgeRelapseObjectionCommand;
import io.jiandang.relapse.relapsecase.api.RecordHomeVerificationCommand;
import io.jiandang.relapse.relapsecase.api.RecordVillageDeliberationCommand;
import io.jiandang.relapse.relapsecase.api.RejectRelapseCommand;
import io.jiandang.relapse.relapsecase.api.RelapseCaseStatus;
import io.jiandang.relapse.relapsecase.api.ReviewAtTownshipCommand;
import io.jiandang.relapse.relapsecase.api.WithdrawRelapseCommand;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A relapse case (返贫): an exited household brought back under management as poor by the five-step procedure,
 * each step taken in order by the officers of its level — village application (返贫申请), township home
 * verification (入户核验), village deliberation (村级评议), township review and public notice (乡镇审核公示), county
 * approval and announcement (县级审定公告).
 *
 * <p>Every command names its actor; the aggregate checks role, jurisdiction (the household's village), the order
 * of steps and the step's level itself, so no entry point can skip them. The case follows the policy version in
 * force when it was applied for: its notice period and its step deadlines.
 */
@Aggregate
public class RelapseCase {

    private static final int MAX_CAUSES = RelapseCause.values().length;
    private static final int MAX_EVIDENCE = 20;

    @AggregateIdentifier
    private String caseId;
    private String householdId;
    private String villageCode;
    private RelapseCaseStatus status;
    private RelapseStep lastPassed;
    private List<RelapseCause> causes;
    private String exitId;
    private LocalDate exitedOn;
    private int policyVersion;
    private Instant noticeClosesAt;
    /** objectionId → answered */
    private final Map<String, Boolean> objections = new HashMap<>();

    protected RelapseCase() {
        // for Axon
    }

    // ---- step 1: application -------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public String handle(ApplyForRelapseCommand command, HouseholdEligibility eligibility, OpenCaseRegistry registry,
                         RelapsePolicies policies, Clock clock) {
        Actor actor = command.actor();
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        HouseholdStanding standing = eligibility.standing(command.householdId()).orElseThrow(() ->
                new RelapseException(RelapseErrorCode.HOUSEHOLD_UNKNOWN, "No household " + command.householdId()
                        + " is known from the registration and exit events", "householdId", "KNOWN_HOUSEHOLD"));
        AccessRules.requireCovers(actor, standing.villageCode());
        requireLevel(actor, RelapseStep.APPLICATION);
        if (standing.removed()) {
            throw new RelapseException(RelapseErrorCode.HOUSEHOLD_REMOVED,
                    "The household was removed from the register (剔除)");
        }
        if (!standing.registered()) {
            throw new RelapseException(RelapseErrorCode.HOUSEHOLD_NOT_REGISTERED,
                    "The household was never registered (建档立卡)");
        }
        if (!standing.hasExited()) {
            throw new RelapseException(RelapseErrorCode.HOUSEHOLD_NOT_EXITED,
                    "Only a household that has exited poverty (脱贫) can relapse");
        }
        List<RelapseCause> checkedCauses = checkedCauses(command.causes());
        BigDecimal income = command.netIncomePerHead();
        if (income == null || income.signum() < 0 || income.scale() > 2) {
            throw new RelapseException(RelapseErrorCode.INCOME_INVALID,
                    "The current yearly net income per head is required: 0 or more yuan, at most 2 decimals",
                    "netIncomePerHead", "NOT_NEGATIVE");
        }
        List<String> evidence = checkedEvidence(command.evidence());
        RelapsePolicyRules policy = policies.current().orElseThrow(RelapseCase::noPolicy);
        registry.claim(command.householdId(), command.caseId(), standing.exitId());
        LocalDate today = LocalDate.now(clock);
        apply(new RelapseAppliedEvent(command.caseId(), command.householdId(), standing.villageCode(), checkedCauses,
                income, evidence, standing.exitId(), standing.exitedOn(), policy.version(),
                today.plusDays(policy.deadlineDays(RelapseStep.HOME_VERIFICATION))));
        apply(new RelapseStepPassedEvent(command.caseId(), command.householdId(), standing.villageCode(),
                RelapseStep.APPLICATION, null, List.of(), null,
                today.plusDays(policy.deadlineDays(RelapseStep.HOME_VERIFICATION))));
        return command.caseId();
    }

    // ---- step 2: home verification -------------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordHomeVerificationCommand command, RelapsePolicies policies, Clock clock) {
        requireStep(command.actor(), RelapseStep.HOME_VERIFICATION);
        String findings = RecordedText.require(command.findings(), "findings");
        List<String> team = command.verifiedBy() == null ? List.of() : command.verifiedBy().stream()
                .map(member -> RecordedText.require(member, "verifiedBy")).distinct().toList();
        if (team.isEmpty()) {
            throw new RelapseException(RelapseErrorCode.VERIFICATION_TEAM_REQUIRED,
                    "The verification team's members are named", "verifiedBy", "NOT_EMPTY");
        }
        pass(RelapseStep.HOME_VERIFICATION, findings, team, null, policies, clock);
    }

    // ---- step 3: village deliberation ----------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordVillageDeliberationCommand command, RelapsePolicies policies, Clock clock) {
        requireStep(command.actor(), RelapseStep.VILLAGE_DELIBERATION);
        String result = RecordedText.require(command.result(), "result");
        VillageMeeting meeting = checkedMeeting(command.meeting(), LocalDate.now(clock));
        pass(RelapseStep.VILLAGE_DELIBERATION, result, List.of(), meeting, policies, clock);
    }

    // ---- step 4: township review and public notice ---------------------------------------------------------

    @CommandHandler
    public void handle(ReviewAtTownshipCommand command, RelapsePolicies policies, Clock clock) {
        requireStep(command.actor(), RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE);
        if (noticeClosesAt != null) {
            throw RelapseException.procedure(RelapseErrorCode.NOTICE_ALREADY_OPEN,
                    "The township review is recorded and its notice is open until " + noticeClosesAt,
                    RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, RelapseProcedure.levelFor(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE));
        }
        String review = RecordedText.require(command.review(), "review");
        RelapsePolicyRules policy = policyOfCase(policies);
        Instant opens = clock.instant();
        apply(new RelapseNoticeOpenedEvent(caseId, householdId, villageCode, review, opens,
                opens.plus(Duration.ofDays(policy.noticePeriodDays())), policy.noticePeriodDays(), policy.version()));
    }

    @CommandHandler
    public void handle(LodgeRelapseObjectionCommand command, Clock clock) {
        AccessRules.requireRole(command.actor(), Role.INFORMATION_OFFICER);
        AccessRules.requireCovers(command.actor(), villageCode);
        requireOpen();
        if (objections.containsKey(command.objectionId())) {
            return; // the same objection again (a retried request): already recorded
        }
        requireOpenNotice();
        if (!clock.instant().isBefore(noticeClosesAt)) {
            throw RelapseException.procedure(RelapseErrorCode.NOTICE_EXPIRED, "The notice ended at " + noticeClosesAt
                    + "; objections are no longer taken", RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                    RelapseProcedure.levelFor(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE));
        }
        String text = RecordedText.require(command.text(), "text");
        apply(new RelapseObjectionLodgedEvent(caseId, householdId, villageCode, command.objectionId(), text));
    }

    @CommandHandler
    public void handle(AnswerRelapseObjectionCommand command, OpenCaseRegistry registry) {
        Boolean answered = objections.get(command.objectionId());
        if (answered == null) {
            throw new RelapseException(RelapseErrorCode.OBJECTION_NOT_FOUND,
                    "No objection " + command.objectionId() + " was lodged against this case");
        }
        requireStep(command.actor(), RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE);
        if (answered) {
            throw new RelapseException(RelapseErrorCode.OBJECTION_ALREADY_ANSWERED, "The objection is already answered");
        }
        String answer = RecordedText.require(command.answer(), "answer");
        apply(new RelapseObjectionAnsweredEvent(caseId, householdId, villageCode, command.objectionId(),
                command.upheld(), answer));
        if (command.upheld()) {
            registry.release(householdId, caseId);
            apply(new RelapseRejectedEvent(caseId, householdId, villageCode, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                    "Objection upheld: " + answer));
        }
    }

    @CommandHandler
    public void handle(CompleteRelapseNoticeCommand command, RelapsePolicies policies, Clock clock) {
        requireStep(command.actor(), RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE);
        requireOpenNotice();
        if (clock.instant().isBefore(noticeClosesAt)) {
            throw RelapseException.procedure(RelapseErrorCode.NOTICE_NOT_OVER, "The notice runs until "
                    + noticeClosesAt, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                    RelapseProcedure.levelFor(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE));
        }
        long open = objections.values().stream().filter(a -> !a).count();
        if (open > 0) {
            throw RelapseException.procedure(RelapseErrorCode.OBJECTIONS_OPEN, open + " objection(s) to the notice "
                    + "are not answered yet", RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                    RelapseProcedure.levelFor(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE));
        }
        String remark = command.remark() == null || command.remark().isBlank() ? "公示无异议"
                : RecordedText.require(command.remark(), "remark");
        pass(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, remark, List.of(), null, policies, clock);
    }

    // ---- step 5: county approval and announcement ----------------------------------------------------------

    @CommandHandler
    public void handle(ApproveRelapseCommand command, HouseholdEligibility eligibility, OpenCaseRegistry registry,
                       Clock clock) {
        requireStep(command.actor(), RelapseStep.COUNTY_APPROVAL);
        // a household removed from the register (剔除, e.g. a veto found later) while its case ran is not taken back
        if (eligibility.standing(householdId).map(HouseholdStanding::removed).orElse(false)) {
            throw new RelapseException(RelapseErrorCode.HOUSEHOLD_REMOVED, "The household was removed from the "
                    + "register (剔除) while the case ran; reject the case instead");
        }
        String decision = RecordedText.require(command.decision(), "decision");
        LocalDate today = LocalDate.now(clock);
        LocalDate from = command.poorAgainFrom() != null ? command.poorAgainFrom() : today;
        if (from.isAfter(today) || (exitedOn != null && !from.isAfter(exitedOn))) {
            throw new RelapseException(RelapseErrorCode.POOR_AGAIN_FROM_INVALID, "The household is poor again from a "
                    + "date after its exit (" + exitedOn + ") and not after today (" + today + ")",
                    "poorAgainFrom", "AFTER_EXIT_NOT_FUTURE");
        }
        registry.markPoorAgain(householdId, caseId);
        apply(new RelapseStepPassedEvent(caseId, householdId, villageCode, RelapseStep.COUNTY_APPROVAL, decision,
                List.of(), null, null));
        apply(new RelapseApprovedEvent(caseId, householdId, villageCode, from, causes, exitId, policyVersion));
    }

    // ---- rejection and withdrawal --------------------------------------------------------------------------

    @CommandHandler
    public void handle(RejectRelapseCommand command, OpenCaseRegistry registry) {
        if (command.step() == null) {
            throw new RelapseException(RelapseErrorCode.STEP_OUT_OF_ORDER, "The step rejecting the case is required",
                    "step", "NOT_NULL", nextStep(), nextStep() == null ? null : RelapseProcedure.levelFor(nextStep()));
        }
        requireStep(command.actor(), command.step());
        String reason = RecordedText.require(command.reason(), "reason");
        registry.release(householdId, caseId);
        apply(new RelapseRejectedEvent(caseId, householdId, villageCode, command.step(), reason));
    }

    @CommandHandler
    public void handle(WithdrawRelapseCommand command, OpenCaseRegistry registry) {
        AccessRules.requireRole(command.actor(), Role.INFORMATION_OFFICER);
        AccessRules.requireCovers(command.actor(), villageCode);
        requireOpen();
        if (command.actor().level() != DivisionLevel.VILLAGE) {
            // withdrawal is not a step: only who may do it is named
            throw new RelapseException(RelapseErrorCode.WRONG_LEVEL, "Only the village that applied may withdraw the "
                    + "application", null, null, null, DivisionLevel.VILLAGE);
        }
        String reason = RecordedText.require(command.reason(), "reason");
        registry.release(householdId, caseId);
        apply(new RelapseWithdrawnEvent(caseId, householdId, villageCode, reason));
    }

    // ---- event sourcing ------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(RelapseAppliedEvent event) {
        caseId = event.caseId();
        householdId = event.householdId();
        villageCode = event.divisionCode();
        status = RelapseCaseStatus.OPEN;
        causes = List.copyOf(event.causes());
        exitId = event.exitId();
        exitedOn = event.exitedOn();
        policyVersion = event.policyVersion();
    }

    @EventSourcingHandler
    void on(RelapseStepPassedEvent event) {
        lastPassed = event.step();
        if (event.step() == RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE) {
            noticeClosesAt = null;
        }
    }

    @EventSourcingHandler
    void on(RelapseNoticeOpenedEvent event) {
        noticeClosesAt = event.closesAt();
    }

    @EventSourcingHandler
    void on(RelapseObjectionLodgedEvent event) {
        objections.put(event.objectionId(), false);
    }

    @EventSourcingHandler
    void on(RelapseObjectionAnsweredEvent event) {
        objections.put(event.objectionId(), true);
    }

    @EventSourcingHandler
    void on(RelapseRejectedEvent event) {
        status = RelapseCaseStatus.REJECTED;
        noticeClosesAt = null;
    }

    @EventSourcingHandler
    void on(RelapseWithdrawnEvent event) {
        status = RelapseCaseStatus.WITHDRAWN;
        noticeClosesAt = null;
    }

    @EventSourcingHandler
    void on(RelapseApprovedEvent event) {
        status = RelapseCaseStatus.APPROVED;
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    private RelapseStep nextStep() {
        return lastPassed == null ? RelapseStep.APPLICATION : lastPassed.next();
    }

    /**
     * The checks of every step after the application, in the order a caller can act on them: an officer, of this
     * household's jurisdiction, on an open case, at the step the case expects, at that step's level.
     */
    private void requireStep(Actor actor, RelapseStep step) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        AccessRules.requireCovers(actor, villageCode);
        requireOpen();
        RelapseStep next = nextStep();
        if (step != next) {
            throw RelapseException.procedure(RelapseErrorCode.STEP_OUT_OF_ORDER, "The case expects " + next
                    + " next (step " + next.number() + " of 5), by a " + RelapseProcedure.levelFor(next)
                    + " officer", next, RelapseProcedure.levelFor(next));
        }
        requireLevel(actor, step);
    }

    private static void requireLevel(Actor actor, RelapseStep step) {
        DivisionLevel level = RelapseProcedure.levelFor(step);
        if (actor.level() != level) {
            throw RelapseException.procedure(RelapseErrorCode.WRONG_LEVEL, step + " is taken by a " + level
                    + " officer, not " + actor.level(), step, level);
        }
    }

    private void requireOpen() {
        if (status != RelapseCaseStatus.OPEN) {
            throw new RelapseException(RelapseErrorCode.CASE_CLOSED, "The case is closed: " + status);
        }
    }

    private void requireOpenNotice() {
        if (noticeClosesAt == null) {
            throw RelapseException.procedure(RelapseErrorCode.NOTICE_NOT_OPEN, "The township has not reviewed the "
                    + "case yet: its public notice is not open", RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                    RelapseProcedure.levelFor(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE));
        }
    }

    private void pass(RelapseStep step, String record, List<String> verifiedBy, VillageMeeting meeting,
                      RelapsePolicies policies, Clock clock) {
        RelapseStep next = step.next();
        LocalDate due = next == null ? null : LocalDate.now(clock).plusDays(policyOfCase(policies).deadlineDays(next));
        apply(new RelapseStepPassedEvent(caseId, householdId, villageCode, step, record, verifiedBy, meeting, due));
    }

    private RelapsePolicyRules policyOfCase(RelapsePolicies policies) {
        return policies.version(policyVersion).orElseThrow(() -> new IllegalStateException(
                "relapse policy version " + policyVersion + " of case " + caseId + " is not in the policy table"));
    }

    private static List<RelapseCause> checkedCauses(List<RelapseCause> causes) {
        Set<RelapseCause> distinct = new LinkedHashSet<>();
        if (causes != null) {
            causes.stream().filter(java.util.Objects::nonNull).forEach(distinct::add);
        }
        if (distinct.isEmpty() || distinct.size() > MAX_CAUSES) {
            throw new RelapseException(RelapseErrorCode.CAUSE_REQUIRED, "At least one cause of the relapse is named",
                    "causes", "NOT_EMPTY");
        }
        return List.copyOf(distinct);
    }

    private static List<String> checkedEvidence(List<String> evidence) {
        if (evidence == null || evidence.isEmpty() || evidence.size() > MAX_EVIDENCE) {
            throw new RelapseException(RelapseErrorCode.EVIDENCE_INVALID, "Between 1 and " + MAX_EVIDENCE
                    + " evidence references are given", "evidence", "SIZE_1_" + MAX_EVIDENCE);
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            checked.add(RecordedText.reference(evidence.get(i), "evidence[" + i + "]"));
        }
        return List.copyOf(checked);
    }

    /**
     * A meeting that can carry the deliberation: held, not in the future; more than half of those entitled
     * attended; more than half of the attendees voted for the relapse. A meeting that voted against is recorded as
     * a rejection at this step instead.
     */
    private static VillageMeeting checkedMeeting(VillageMeeting meeting, LocalDate today) {
        if (meeting == null || meeting.heldOn() == null) {
            throw new RelapseException(RelapseErrorCode.MEETING_INVALID, "The meeting and its date are required",
                    "meeting.heldOn", "NOT_NULL");
        }
        if (meeting.heldOn().isAfter(today)) {
            throw new RelapseException(RelapseErrorCode.MEETING_INVALID, "The meeting cannot be in the future",
                    "meeting.heldOn", "PAST_OR_PRESENT");
        }
        if (meeting.entitled() < 1 || meeting.attendees() < 1 || meeting.attendees() > meeting.entitled()) {
            throw new RelapseException(RelapseErrorCode.MEETING_INVALID, "Attendees are 1 to the number entitled",
                    "meeting.attendees", "WITHIN_ENTITLED");
        }
        if (meeting.votesFor() < 0 || meeting.votesAgainst() < 0
                || meeting.votesFor() + meeting.votesAgainst() > meeting.attendees()) {
            throw new RelapseException(RelapseErrorCode.MEETING_INVALID, "Votes are counted among the attendees",
                    "meeting.votesFor", "WITHIN_ATTENDEES");
        }
        if (meeting.attendees() * 2 <= meeting.entitled()) {
            throw RelapseException.procedure(RelapseErrorCode.MEETING_NOT_QUORATE, "More than half of those entitled "
                    + "must attend", RelapseStep.VILLAGE_DELIBERATION, DivisionLevel.VILLAGE);
        }
        if (meeting.votesFor() * 2 <= meeting.attendees()) {
            throw RelapseException.procedure(RelapseErrorCode.DELIBERATION_NOT_CARRIED, "The meeting did not carry the "
                    + "relapse; record a rejection at VILLAGE_DELIBERATION instead", RelapseStep.VILLAGE_DELIBERATION,
                    DivisionLevel.VILLAGE);
        }
        return meeting;
    }

    private static RelapseException noPolicy() {
        return new RelapseException(RelapseErrorCode.NO_POLICY_PUBLISHED,
                "No relapse policy has been published yet");
    }
}

package io.jiandang.relapse.relapsecase.adapters.in.web;

import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.AnswerRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.ApplicationRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.ApprovalRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.CaseCreated;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.DeliberationRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.HomeVerificationRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.NoticeCompletionRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.ObjectionCreated;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.ObjectionRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.RejectionRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.ReviewRequest;
import io.jiandang.relapse.relapsecase.adapters.in.web.RelapseRequests.WithdrawalRequest;
import io.jiandang.relapse.relapsecase.api.AnswerRelapseObjectionCommand;
import io.jiandang.relapse.relapsecase.api.ApplyForRelapseCommand;
import io.jiandang.relapse.relapsecase.api.ApproveRelapseCommand;
import io.jiandang.relapse.relapsecase.api.CompleteRelapseNoticeCommand;
import io.jiandang.relapse.relapsecase.api.LodgeRelapseObjectionCommand;
import io.jiandang.relapse.relapsecase.api.RecordHomeVerificationCommand;
import io.jiandang.relapse.relapsecase.api.RecordVillageDeliberationCommand;
import io.jiandang.relapse.relapsecase.api.RejectRelapseCommand;
import io.jiandang.relapse.relapsecase.api.ReviewAtTownshipCommand;
import io.jiandang.relapse.relapsecase.api.WithdrawRelapseCommand;
import io.jiandang.relapse.relapsecase.application.HouseholdRelapseStanding;
import io.jiandang.relapse.relapsecase.application.RelapseCaseView;
import io.jiandang.relapse.relapsecase.application.RelapseNotice;
import io.jiandang.relapse.relapsecase.application.RelapseViews;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Relapse cases (返贫): the five steps, objections to the notice, rejection and withdrawal, and the read model's
 * views. The role is checked here; the aggregate checks jurisdiction, order and level against the case itself. A
 * refusal by the procedure answers with {@code expectedStep} and {@code expectedLevel}.
 */
@RestController
@Tag(name = "Relapse cases", description = "The five-step relapse procedure (返贫五步法)")
public class RelapseCaseController {

    private static final Role[] READERS = {Role.INFORMATION_OFFICER, Role.SUPERVISOR, Role.AUDITOR};

    private final CommandDispatcher dispatcher;
    private final RelapseViews views;
    private final Clock clock;
    private final DivisionCatalogue divisions = DivisionCatalogue.guangxi();

    public RelapseCaseController(CommandDispatcher dispatcher, RelapseViews views, Clock clock) {
        this.dispatcher = dispatcher;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping("/api/relapse-cases")
    @Operation(summary = "Step 1: file a relapse application for an exited household (返贫申请; village officer)")
    public ResponseEntity<CaseCreated> apply(@Parameter(hidden = true) Actor actor,
                                             @Valid @RequestBody ApplicationRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        String caseId = UUID.randomUUID().toString();
        dispatcher.send(new ApplyForRelapseCommand(caseId, body.householdId().strip(), body.causes(),
                body.netIncomePerHead(), body.evidence(), actor), actor, body.effectiveOn(),
                RelapseErrorCode.CASE_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/relapse-cases/" + caseId)).body(new CaseCreated(caseId));
    }

    @PostMapping("/api/relapse-cases/{caseId}/home-verification")
    @Operation(summary = "Step 2: record the verification team's findings (入户核验; township officer)")
    public ResponseEntity<Void> verify(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                       @Valid @RequestBody HomeVerificationRequest body) {
        return done(new RecordHomeVerificationCommand(caseId, body.findings(), body.verifiedBy(), actor), actor,
                body.effectiveOn());
    }

    @PostMapping("/api/relapse-cases/{caseId}/village-deliberation")
    @Operation(summary = "Step 3: record the village meeting's result and attendance (村级评议; village officer)")
    public ResponseEntity<Void> deliberate(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                           @Valid @RequestBody DeliberationRequest body) {
        return done(new RecordVillageDeliberationCommand(caseId, body.result(), body.meeting().toMeeting(), actor),
                actor, body.effectiveOn());
    }

    @PostMapping("/api/relapse-cases/{caseId}/township-review")
    @Operation(summary = "Step 4: record the township review and open the public notice (乡镇审核公示; township officer)")
    public ResponseEntity<Void> review(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                       @Valid @RequestBody ReviewRequest body) {
        return done(new ReviewAtTownshipCommand(caseId, body.review(), actor), actor, body.effectiveOn());
    }

    @PostMapping("/api/relapse-cases/{caseId}/objections")
    @Operation(summary = "Lodge an objection to the open notice (异议; an officer covering the household)")
    public ResponseEntity<ObjectionCreated> object(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                                   @Valid @RequestBody ObjectionRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        String objectionId = UUID.randomUUID().toString();
        dispatcher.send(new LodgeRelapseObjectionCommand(caseId, objectionId, body.text(), actor), actor,
                body.effectiveOn(), RelapseErrorCode.CASE_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/relapse-cases/" + caseId + "/objections/" + objectionId))
                .body(new ObjectionCreated(objectionId));
    }

    @PostMapping("/api/relapse-cases/{caseId}/objections/{objectionId}/answer")
    @Operation(summary = "Answer an objection; an upheld objection rejects the case (township officer)")
    public ResponseEntity<Void> answer(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                       @PathVariable String objectionId, @Valid @RequestBody AnswerRequest body) {
        return done(new AnswerRelapseObjectionCommand(caseId, objectionId, body.upheld(), body.answer(), actor),
                actor, body.effectiveOn());
    }

    @PostMapping("/api/relapse-cases/{caseId}/notice-completion")
    @Operation(summary = "Step 4 passed: the notice is over and every objection answered (township officer)")
    public ResponseEntity<Void> completeNotice(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                               @Valid @RequestBody(required = false) NoticeCompletionRequest body) {
        NoticeCompletionRequest request = body != null ? body : new NoticeCompletionRequest(null, null);
        return done(new CompleteRelapseNoticeCommand(caseId, request.remark(), actor), actor, request.effectiveOn());
    }

    @PostMapping("/api/relapse-cases/{caseId}/approval")
    @Operation(summary = "Step 5: approve and announce; the household is poor again (县级审定公告; county officer)")
    public ResponseEntity<Void> approve(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                        @Valid @RequestBody ApprovalRequest body) {
        // the business date of the approval's events is the date the household is poor again from
        return done(new ApproveRelapseCommand(caseId, body.poorAgainFrom(), body.decision(), actor), actor,
                body.poorAgainFrom());
    }

    @PostMapping("/api/relapse-cases/{caseId}/rejection")
    @Operation(summary = "Reject the case at the step it has reached (an officer of that step's level)")
    public ResponseEntity<Void> reject(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                       @Valid @RequestBody RejectionRequest body) {
        return done(new RejectRelapseCommand(caseId, body.step(), body.reason(), actor), actor, body.effectiveOn());
    }

    @PostMapping("/api/relapse-cases/{caseId}/withdrawal")
    @Operation(summary = "Withdraw the application while the case is open (village officer)")
    public ResponseEntity<Void> withdraw(@Parameter(hidden = true) Actor actor, @PathVariable String caseId,
                                         @Valid @RequestBody WithdrawalRequest body) {
        return done(new WithdrawRelapseCommand(caseId, body.reason(), actor), actor, body.effectiveOn());
    }

    // ---- queries ---------------------------------------------------------------------------------------------

    @GetMapping("/api/relapse-cases/{caseId}")
    @Operation(summary = "A relapse case: its status, the step expected next, who takes it and its deadline")
    public RelapseCaseView find(@Parameter(hidden = true) Actor actor, @PathVariable String caseId) {
        AccessRules.requireRole(actor, READERS);
        RelapseCaseView view = caseView(caseId);
        AccessRules.requireCovers(actor, view.villageCode());
        return view;
    }

    @GetMapping("/api/relapse-cases/{caseId}/notice")
    @Operation(summary = "The case's public notice as posted: no ID number, phone, bank account or health detail")
    public RelapseNotice notice(@Parameter(hidden = true) Actor actor, @PathVariable String caseId) {
        RelapseCaseView view = caseView(caseId);
        if (view.noticeOpensAt() == null) {
            throw new RelapseException(RelapseErrorCode.NOTICE_NOT_OPEN, "The case has no public notice yet");
        }
        return RelapseNotice.of(view, place(view.villageCode()));
    }

    @GetMapping("/api/relapse-cases/overdue")
    @Operation(summary = "Open cases in the caller's jurisdiction past the deadline of the step they wait for")
    public List<RelapseCaseView> overdue(@Parameter(hidden = true) Actor actor) {
        AccessRules.requireRole(actor, READERS);
        LocalDate today = LocalDate.now(clock);
        return views.openCasesWithin(actor.jurisdictionPrefix()).stream()
                .filter(c -> c.isOverdueOn(today))
                .sorted(Comparator.comparing(RelapseCaseView::nextStepDueOn).thenComparing(RelapseCaseView::caseId))
                .toList();
    }

    @GetMapping("/api/households/{householdId}/relapse-status")
    @Operation(summary = "Whether the household is registered, exited, in a relapse case, or poor again")
    public HouseholdRelapseStatus status(@Parameter(hidden = true) Actor actor, @PathVariable String householdId) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER, Role.SUPERVISOR, Role.AUDITOR,
                Role.ASSISTANCE_CADRE);
        HouseholdRelapseStanding standing = views.findHousehold(householdId)
                .filter(s -> s.villageCode() != null)
                .orElseThrow(() -> new RelapseException(RelapseErrorCode.HOUSEHOLD_NOT_FOUND,
                        "No household " + householdId + " is known to the relapse service"));
        AccessRules.requireCovers(actor, standing.villageCode());
        return HouseholdRelapseStatus.of(standing);
    }

    /**
     * A household's relapse status: registered, exited (the latest exit), an open case, poor again (from which
     * date, by which case), and whether a village officer may apply for it now.
     */
    public record HouseholdRelapseStatus(String householdId, String villageCode, boolean registered, boolean removed,
                                         String exitId, LocalDate exitedOn, String openCaseId, boolean poorAgain,
                                         String poorAgainCaseId, LocalDate poorAgainFrom, boolean eligibleToApply) {

        static HouseholdRelapseStatus of(HouseholdRelapseStanding s) {
            return new HouseholdRelapseStatus(s.householdId(), s.villageCode(), s.registered(), s.removed(),
                    s.exitId(), s.exitedOn(), s.openCaseId(), s.poorAgain(),
                    s.poorAgain() ? s.poorAgainCaseId() : null, s.poorAgain() ? s.poorAgainFrom() : null,
                    s.eligibleToApply());
        }
    }

    private ResponseEntity<Void> done(Object command, Actor actor, LocalDate effectiveOn) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        dispatcher.send(command, actor, effectiveOn, RelapseErrorCode.CASE_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    private RelapseCaseView caseView(String caseId) {
        return views.findCase(caseId).orElseThrow(() -> new RelapseException(RelapseErrorCode.CASE_NOT_FOUND,
                "No relapse case " + caseId + " in the read model"));
    }

    /** County, township and village names, as a notice names the place; the code when the catalogue lacks it. */
    private String place(String villageCode) {
        if (divisions.find(villageCode).isEmpty()) {
            return villageCode;
        }
        List<Division> up = divisions.ancestors(villageCode); // nearest first: township, county, city, region
        List<String> names = new java.util.ArrayList<>();
        for (int i = up.size() - 1; i >= 0; i--) {
            if (up.get(i).level().isAtOrAbove(io.jiandang.divisions.DivisionLevel.COUNTY)
                    && up.get(i).level() != io.jiandang.divisions.DivisionLevel.COUNTY) {
                continue;
            }
            names.add(up.get(i).name());
        }
        names.add(divisions.get(villageCode).name());
        return String.join(" ", names);
    }
}

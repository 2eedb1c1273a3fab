package io.jiandang.registration.household.adapters.in.web;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.NoticeRequest;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.ObjectionRequest;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.ObjectionResponse;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.RemovalRequest;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.ResolutionRequest;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.StepRequest;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.SurveyRequest;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.SurveyResponse;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.UpdateRequest;
import io.jiandang.registration.household.adapters.in.web.HouseholdRequests.VetoRequest;
import io.jiandang.registration.household.api.LodgeObjectionCommand;
import io.jiandang.registration.household.api.OpenNoticeCommand;
import io.jiandang.registration.household.api.PassRegistrationStepCommand;
import io.jiandang.registration.household.api.RejectRegistrationCommand;
import io.jiandang.registration.household.api.RemoveHouseholdCommand;
import io.jiandang.registration.household.api.ResolveObjectionCommand;
import io.jiandang.registration.household.api.SurveyHouseholdCommand;
import io.jiandang.registration.household.api.SurveyOutcome;
import io.jiandang.registration.household.api.UpdateHouseholdCommand;
import io.jiandang.registration.household.api.VetoHouseholdCommand;
import io.jiandang.registration.household.application.HouseholdView;
import io.jiandang.registration.household.application.HouseholdViews;
import io.jiandang.registration.household.domain.RegistrationProcedure;
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
import java.util.List;
import java.util.UUID;

/**
 * Households: survey, the registration procedure (两入户、两评议、两审核、两公示、一公告), objections, vetoes,
 * dynamic updates and removal, and the read model's views. Role and level are checked here where the request
 * names them; the aggregate checks level and jurisdiction again against the household's own village.
 */
@RestController
@Tag(name = "Households", description = "Survey, registration procedure, vetoes, dynamic updates (建档立卡)")
public class HouseholdController {

    private final CommandDispatcher dispatcher;
    private final HouseholdViews views;

    public HouseholdController(CommandDispatcher dispatcher, HouseholdViews views) {
        this.dispatcher = dispatcher;
        this.views = views;
    }

    @PostMapping("/api/households")
    @Operation(summary = "Survey a household and score it under the current policy (入户调查, 逐户打分)")
    public ResponseEntity<SurveyResponse> survey(@Parameter(hidden = true) Actor actor,
                                                 @Valid @RequestBody SurveyRequest body) {
        AccessRules.requireOfficerCovering(actor, body.villageCode(), DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP);
        String householdId = UUID.randomUUID().toString();
        SurveyOutcome outcome = dispatcher.send(new SurveyHouseholdCommand(householdId, body.villageCode(),
                        body.members().stream().map(HouseholdRequests.MemberRequest::toMember).toList(), body.answers(),
                        body.causes(), body.areas(), actor),
                actor, body.effectiveOn(), RegistrationErrorCode.HOUSEHOLD_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/households/" + householdId))
                .body(new SurveyResponse(outcome.householdId(), outcome.score(), outcome.policyVersion()));
    }

    @GetMapping("/api/households/{householdId}")
    @Operation(summary = "A household as the read model holds it (ID numbers masked)")
    public HouseholdView household(@Parameter(hidden = true) Actor actor, @PathVariable String householdId) {
        HouseholdView view = views.find(householdId).orElseThrow(() -> new RegistrationException(
                RegistrationErrorCode.HOUSEHOLD_NOT_FOUND, "No household " + householdId));
        AccessRules.requireCovers(actor, view.villageCode());
        return view;
    }

    @GetMapping("/api/villages/{villageCode}/households")
    @Operation(summary = "The households of a village")
    public List<HouseholdView> village(@Parameter(hidden = true) Actor actor, @PathVariable String villageCode) {
        AccessRules.requireCovers(actor, villageCode);
        return views.inVillage(villageCode);
    }

    @PostMapping("/api/households/{householdId}/registration-steps")
    @Operation(summary = "Pass or reject the next step of the registration procedure")
    public ResponseEntity<Void> step(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                     @Valid @RequestBody StepRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        AccessRules.requireLevel(actor, RegistrationProcedure.levelFor(body.step()));
        Object command = body.outcome() == HouseholdRequests.Outcome.PASSED
                ? new PassRegistrationStepCommand(householdId, body.step(), body.reason(), actor)
                : new RejectRegistrationCommand(householdId, body.step(), body.reason(), actor);
        send(command, actor, body.effectiveOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/households/{householdId}/notices")
    @Operation(summary = "Open a public notice (公示) for the policy's notice period")
    public ResponseEntity<Void> openNotice(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                           @Valid @RequestBody NoticeRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        AccessRules.requireLevel(actor, RegistrationProcedure.levelFor(body.step()));
        send(new OpenNoticeCommand(householdId, body.step(), actor), actor, body.effectiveOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/households/{householdId}/objections")
    @Operation(summary = "Lodge an objection (异议) during an open notice")
    public ResponseEntity<ObjectionResponse> objection(@Parameter(hidden = true) Actor actor,
                                                       @PathVariable String householdId,
                                                       @Valid @RequestBody ObjectionRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        String objectionId = UUID.randomUUID().toString();
        send(new LodgeObjectionCommand(householdId, objectionId, body.step(), body.text(), actor), actor,
                body.effectiveOn());
        return ResponseEntity.created(URI.create("/api/households/" + householdId + "/objections/" + objectionId))
                .body(new ObjectionResponse(objectionId));
    }

    @PostMapping("/api/households/{householdId}/objections/{objectionId}/resolution")
    @Operation(summary = "Resolve an objection; an upheld objection rejects the household")
    public ResponseEntity<Void> resolution(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                           @PathVariable String objectionId,
                                           @Valid @RequestBody ResolutionRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        send(new ResolveObjectionCommand(householdId, objectionId, body.upheld(), body.reason(), actor), actor,
                body.effectiveOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/households/{householdId}/vetoes")
    @Operation(summary = "Apply a veto rule (一票否决) of the current policy")
    public ResponseEntity<Void> veto(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                     @Valid @RequestBody VetoRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        AccessRules.requireLevel(actor, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP);
        send(new VetoHouseholdCommand(householdId, body.vetoCode(), body.evidence(), actor), actor,
                body.effectiveOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/households/{householdId}/updates")
    @Operation(summary = "A dynamic update (动态管理) of a registered household, tagged with its cycle")
    public ResponseEntity<Void> update(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                       @Valid @RequestBody UpdateRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        send(new UpdateHouseholdCommand(householdId, body.cycle(), body.change().toUpdate(), actor), actor,
                body.effectiveOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/households/{householdId}/removal")
    @Operation(summary = "Remove a registered household (剔除), a county officer's decision")
    public ResponseEntity<Void> removal(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                        @Valid @RequestBody RemovalRequest body) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        AccessRules.requireLevel(actor, DivisionLevel.COUNTY);
        send(new RemoveHouseholdCommand(householdId, body.reason(), actor), actor, body.effectiveOn());
        return ResponseEntity.noContent().build();
    }

    private void send(Object command, Actor actor, java.time.LocalDate effectiveOn) {
        dispatcher.send(command, actor, effectiveOn, RegistrationErrorCode.HOUSEHOLD_NOT_FOUND);
    }
}

package io.jiandang.exit.household.adapters.in.web;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.contracts.exit.ExitSignatory;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.facts.adapters.out.readmodel.MongoExitViews;
import io.jiandang.exit.facts.application.ExitView;
import io.jiandang.exit.facts.domain.HouseholdFacts;
import io.jiandang.exit.facts.domain.RegisterFacts;
import io.jiandang.exit.household.api.AssessHouseholdExitCommand;
import io.jiandang.exit.household.api.CancellationOutcome;
import io.jiandang.exit.household.api.LodgeExitObjectionCommand;
import io.jiandang.exit.household.api.OpenExitNoticeCommand;
import io.jiandang.exit.household.api.RecordHouseholdExitCommand;
import io.jiandang.exit.household.api.ResolveExitObjectionCommand;
import io.jiandang.exit.household.api.SignExitConfirmationCommand;
import io.jiandang.exit.household.api.VetoCheck;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household's exit (贫困户退出): assessment, the three signatures, notice and objections, cancellation (销号), and
 * the exit's view with the end dates of tracking and observation and any relapse against it.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Household exit", description = "八有一超, 双认定, 公示, 销号, tracking and observation")
public class HouseholdExitController {

    private final CommandDispatcher dispatcher;
    private final MongoExitViews views;
    private final RegisterFacts facts;

    public HouseholdExitController(CommandDispatcher dispatcher, MongoExitViews views, RegisterFacts facts) {
        this.dispatcher = dispatcher;
        this.views = views;
        this.facts = facts;
    }

    public record AssessmentRequest(@NotBlank String householdId, @NotNull Integer exitYear,
                                    @NotNull List<CriterionFinding> guarantees, @NotNull List<String> verificationTeam) {
    }

    public record SignatureRequest(@NotNull ExitSignatory signatory, String evidenceReference) {
    }

    public record ObjectionRequest(@NotBlank String text) {
    }

    public record ResolutionRequest(@NotNull Boolean upheld, @NotBlank String answer) {
    }

    /** @param exitedOn the business date of the exit; today by the service clock when absent */
    public record CancellationRequest(LocalDate exitedOn, @NotNull List<VetoCheck> vetoChecks) {
    }

    public record Created(String id) {
    }

    @PostMapping("/household-exits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assess a household against 八有一超 (township officer); 409 with failedCriteria when it does not pass")
    public Created assess(@Valid @RequestBody AssessmentRequest r, Actor actor) {
        String exitId = UUID.randomUUID().toString();
        dispatcher.send(new AssessHouseholdExitCommand(exitId, r.householdId(), r.exitYear(), r.guarantees(),
                r.verificationTeam(), actor), actor, null, ExitErrorCode.EXIT_NOT_FOUND, ExitErrorCode.EXIT_CLOSED);
        return new Created(exitId);
    }

    @PostMapping("/household-exits/{exitId}/signatures")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign the exit: household head (recorded with the scan), verification team member, pairing cadre")
    public void sign(@PathVariable String exitId, @Valid @RequestBody SignatureRequest r, Actor actor) {
        dispatcher.send(new SignExitConfirmationCommand(exitId, r.signatory(), r.evidenceReference(), actor), actor, null,
                ExitErrorCode.EXIT_NOT_FOUND, ExitErrorCode.EXIT_CLOSED);
    }

    @PostMapping("/household-exits/{exitId}/notice")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Open the public notice once all three have signed (township officer)")
    public void openNotice(@PathVariable String exitId, Actor actor) {
        dispatcher.send(new OpenExitNoticeCommand(exitId, actor), actor, null, ExitErrorCode.EXIT_NOT_FOUND,
                ExitErrorCode.EXIT_CLOSED);
    }

    @PostMapping("/household-exits/{exitId}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an objection received during the notice")
    public Created object(@PathVariable String exitId, @Valid @RequestBody ObjectionRequest r, Actor actor) {
        String objectionId = UUID.randomUUID().toString();
        dispatcher.send(new LodgeExitObjectionCommand(exitId, objectionId, r.text(), actor), actor, null,
                ExitErrorCode.EXIT_NOT_FOUND, ExitErrorCode.EXIT_CLOSED);
        return new Created(objectionId);
    }

    @PostMapping("/household-exits/{exitId}/objections/{objectionId}/resolution")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Answer an objection (township officer); an upheld objection stops the exit")
    public void resolve(@PathVariable String exitId, @PathVariable String objectionId,
                        @Valid @RequestBody ResolutionRequest r, Actor actor) {
        dispatcher.send(new ResolveExitObjectionCommand(exitId, objectionId, r.upheld(), r.answer(), actor), actor, null,
                ExitErrorCode.EXIT_NOT_FOUND, ExitErrorCode.EXIT_CLOSED);
    }

    @PostMapping("/household-exits/{exitId}/cancellation")
    @Operation(summary = "Cancellation (销号, county officer): re-check every veto, then record the exit; 409 VETO_FOUND stops it")
    public CancellationOutcome cancel(@PathVariable String exitId, @Valid @RequestBody CancellationRequest r, Actor actor) {
        LocalDate exitedOn = r.exitedOn() != null ? r.exitedOn() : dispatcher.today();
        CancellationOutcome outcome = dispatcher.send(new RecordHouseholdExitCommand(exitId, exitedOn, r.vetoChecks(), actor),
                actor, exitedOn, ExitErrorCode.EXIT_NOT_FOUND, ExitErrorCode.EXIT_CLOSED);
        if (!outcome.exited()) {
            // the stop is recorded (HouseholdExitRejected); the caller learns which veto stopped it
            throw new ExitException(ExitErrorCode.VETO_FOUND, "A veto was found at cancellation: the household stays poor",
                    outcome.vetoesFound());
        }
        return outcome;
    }

    @GetMapping("/household-exits/{exitId}")
    @Operation(summary = "An exit: procedure, end dates of tracking and observation, relapse shown against it")
    public ExitView exit(@PathVariable String exitId, Actor actor) {
        ExitView view = views.exit(exitId).filter(v -> v.villageCode() != null)
                .orElseThrow(() -> new ExitException(ExitErrorCode.EXIT_NOT_FOUND, "No such exit"));
        AccessRules.requireCovers(actor, view.villageCode());
        return view.on(dispatcher.today());
    }

    @GetMapping("/households/{householdId}/exits")
    @Operation(summary = "A household's exits, oldest first")
    public List<ExitView> exitsOf(@PathVariable String householdId, Actor actor) {
        List<ExitView> exits = views.exitsOfHousehold(householdId).stream().filter(v -> v.villageCode() != null).toList();
        exits.forEach(v -> AccessRules.requireCovers(actor, v.villageCode()));
        return exits.stream().map(v -> v.on(dispatcher.today())).toList();
    }

    @GetMapping("/households/{householdId}/exit-facts")
    @Operation(summary = "What the exit service knows of a household from the other services' topics")
    public HouseholdFacts factsOf(@PathVariable String householdId, Actor actor) {
        HouseholdFacts household = facts.household(householdId).filter(h -> h.villageCode() != null)
                .orElseThrow(() -> new ExitException(ExitErrorCode.EXIT_NOT_FOUND, "The household has not been seen"));
        AccessRules.requireCovers(actor, household.villageCode());
        return household;
    }
}

package io.jiandang.exit.division.adapters.in.web;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.contracts.exit.ThirdPartyEvaluation;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.division.api.AssessCountyExitCommand;
import io.jiandang.exit.division.api.AssessVillageExitCommand;
import io.jiandang.exit.facts.adapters.out.readmodel.MongoExitViews;
import io.jiandang.exit.facts.domain.RegisterFacts;
import io.jiandang.exit.policy.domain.ExitPolicies;
import io.jiandang.exit.policy.domain.ExitPolicy;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** Village (十一有一低于) and county (九有一低于) exits, and the incidence figures they are tested on. */
@RestController
@RequestMapping("/api")
@Tag(name = "Village and county exit", description = "Checklists as policy data, incidence from the register, third-party evaluation")
public class DivisionExitController {

    private final CommandDispatcher dispatcher;
    private final MongoExitViews views;
    private final RegisterFacts facts;
    private final ExitPolicies policies;

    public DivisionExitController(CommandDispatcher dispatcher, MongoExitViews views, RegisterFacts facts,
                                  ExitPolicies policies) {
        this.dispatcher = dispatcher;
        this.views = views;
        this.facts = facts;
        this.policies = policies;
    }

    public record VillageExitRequest(@NotBlank String villageCode, @NotNull Integer year,
                                     @NotNull List<CriterionFinding> criteria) {
    }

    public record CountyExitRequest(@NotBlank String countyCode, @NotNull Integer year,
                                    @NotNull List<CriterionFinding> criteria, @NotNull ThirdPartyEvaluation evaluation) {
    }

    public record Created(String id) {
    }

    /** A division's incidence from the register, and whether it is below the policy's threshold. */
    public record Figures(String divisionCode, int ruralPopulation, int poorPeople, BigDecimal incidencePercent,
                          BigDecimal thresholdPercent, boolean belowThreshold) {
    }

    @PostMapping("/village-exits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assess a village's exit (county officer); 409 with failedCriteria when it does not pass")
    public Created village(@Valid @RequestBody VillageExitRequest r, Actor actor) {
        String id = AssessVillageExitCommand.idOf(r.villageCode(), r.year());
        dispatcher.send(new AssessVillageExitCommand(id, r.villageCode(), r.year(), r.criteria(), actor), actor, null,
                ExitErrorCode.EXIT_NOT_FOUND, ExitErrorCode.ALREADY_EXITED);
        return new Created(id);
    }

    @PostMapping("/county-exits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Assess a county's exit with its third-party evaluation (city or region officer)")
    public Created county(@Valid @RequestBody CountyExitRequest r, Actor actor) {
        String id = AssessCountyExitCommand.idOf(r.countyCode(), r.year());
        dispatcher.send(new AssessCountyExitCommand(id, r.countyCode(), r.year(), r.criteria(), r.evaluation(), actor),
                actor, null, ExitErrorCode.EXIT_NOT_FOUND, ExitErrorCode.ALREADY_EXITED);
        return new Created(id);
    }

    @GetMapping("/division-exits/{id}")
    @Operation(summary = "A village or county exit as recorded")
    public Document divisionExit(@PathVariable String id, Actor actor) {
        Document exit = views.divisionExit(id).orElseThrow(() -> new ExitException(ExitErrorCode.EXIT_NOT_FOUND, "No such exit"));
        AccessRules.requireCovers(actor, exit.getString("divisionCode"));
        exit.remove("_id");
        return exit;
    }

    @GetMapping("/divisions/{divisionCode}/incidence")
    @Operation(summary = "A village's or county's poverty incidence from the register")
    public Figures incidence(@PathVariable String divisionCode, Actor actor) {
        AccessRules.requireCovers(actor, divisionCode);
        var figures = facts.figures(divisionCode);
        BigDecimal threshold = policies.current().map(ExitPolicy::incidenceThresholdPercent)
                .orElse(ExitPolicy.DEFAULT_INCIDENCE_THRESHOLD);
        boolean below = io.jiandang.exit.common.domain.IncidenceTest.check(figures, threshold).isEmpty();
        return new Figures(divisionCode, figures.ruralPopulation(), figures.poorPeople(), figures.incidencePercent(),
                threshold, below);
    }
}

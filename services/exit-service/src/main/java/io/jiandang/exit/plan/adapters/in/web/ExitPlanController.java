package io.jiandang.exit.plan.adapters.in.web;

import io.jiandang.web.CommandDispatcher;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.facts.adapters.out.readmodel.MongoExitViews;
import io.jiandang.exit.facts.adapters.out.readmodel.MongoRegisterFacts;
import io.jiandang.exit.plan.api.AllocateExitPlanCommand;
import io.jiandang.exit.plan.api.CountyIndicators;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** The yearly exit plan (严计划): allocated by the region, each county sees its target and progress. */
@RestController
@RequestMapping("/api/exit-plans")
@Tag(name = "Exit plan", description = "The yearly reduction target allocated to counties by the factor method")
public class ExitPlanController {

    private final CommandDispatcher dispatcher;
    private final MongoExitViews views;
    private final MongoRegisterFacts facts;

    public ExitPlanController(CommandDispatcher dispatcher, MongoExitViews views, MongoRegisterFacts facts) {
        this.dispatcher = dispatcher;
        this.views = views;
        this.facts = facts;
    }

    public record AllocationRequest(@NotNull Integer year, @NotNull Integer regionalTarget,
                                    @NotNull List<CountyIndicators> counties) {
    }

    public record Allocated(String planId) {
    }

    /** A county's target and the people exited toward it so far. */
    public record CountyProgress(String countyCode, BigDecimal factor, int target, int exitedSoFar) {
    }

    public record PlanView(int year, int regionalTarget, int policyVersion, List<CountyProgress> counties) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Allocate the year's regional target to counties (region-level policy administrator)")
    public Allocated allocate(@Valid @RequestBody AllocationRequest r, Actor actor) {
        String planId = AllocateExitPlanCommand.planIdOf(r.year());
        dispatcher.send(new AllocateExitPlanCommand(planId, r.year(), r.regionalTarget(), r.counties(), actor), actor, null,
                ExitErrorCode.PLAN_NOT_FOUND, ExitErrorCode.PLAN_ALREADY_ALLOCATED);
        return new Allocated(planId);
    }

    @GetMapping("/{year}")
    @Operation(summary = "The year's plan: the counties in the caller's jurisdiction with target and progress")
    public PlanView plan(@PathVariable int year, Actor actor) {
        Document plan = views.plan(year).orElseThrow(() -> new ExitException(ExitErrorCode.PLAN_NOT_FOUND, "No plan for " + year));
        List<CountyProgress> counties = plan.getList("allocations", Document.class).stream()
                .filter(a -> actor.covers(a.getString("countyCode")))
                .map(a -> new CountyProgress(a.getString("countyCode"), new BigDecimal(a.get("factor").toString()),
                        a.getInteger("target"), facts.exitedPeople(a.getString("countyCode"), year)))
                .toList();
        return new PlanView(year, plan.getInteger("regionalTarget"), plan.getInteger("policyVersion"), counties);
    }
}

package io.jiandang.exit.policy.adapters.in.web;

import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.ExitPolicyPublishedEvent;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.policy.api.PublishExitPolicyCommand;
import io.jiandang.exit.policy.domain.ExitPolicies;
import io.jiandang.exit.policy.domain.ExitPolicy;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The exit policy (policy data): published by a region-level policy administrator, readable by every user. */
@RestController
@RequestMapping("/api/exit-policies")
@Tag(name = "Exit policy", description = "八有一超, 十一有一低于, 九有一低于, notice period, vetoes and plan weights as versioned policy data")
public class ExitPolicyController {

    private final CommandDispatcher dispatcher;
    private final ExitPolicies policies;

    public ExitPolicyController(CommandDispatcher dispatcher, ExitPolicies policies) {
        this.dispatcher = dispatcher;
        this.policies = policies;
    }

    /** The body of a policy version; the incidence threshold defaults to 3%. */
    public record PublishPolicyRequest(@NotNull Integer version, @NotNull LocalDate effectiveFrom,
                                       @NotNull Map<Integer, BigDecimal> incomeLines, @NotNull Integer incomeMonthsRequired,
                                       @NotNull List<ExitCriterion> householdGuarantees,
                                       @NotNull List<ExitCriterion> villageCriteria,
                                       @NotNull List<ExitCriterion> countyCriteria, BigDecimal incidenceThresholdPercent,
                                       @NotNull Integer noticePeriodDays, @NotNull Integer trackingYears,
                                       @NotNull Integer observationYears, @NotNull List<ExitCriterion> vetoRules,
                                       @NotNull List<PlanFactor> planFactors) {
    }

    public record Published(int version) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish the next exit policy version")
    public Published publish(@Valid @RequestBody PublishPolicyRequest r, Actor actor) {
        dispatcher.send(new PublishExitPolicyCommand(PublishExitPolicyCommand.policyIdOf(r.version()), r.version(),
                r.effectiveFrom(), r.incomeLines(), r.incomeMonthsRequired(), r.householdGuarantees(), r.villageCriteria(),
                r.countyCriteria(), r.incidenceThresholdPercent(), r.noticePeriodDays(), r.trackingYears(),
                r.observationYears(), r.vetoRules(), r.planFactors(), actor), actor, null,
                ExitErrorCode.NO_POLICY_PUBLISHED, ExitErrorCode.POLICY_VERSION_NOT_NEXT);
        return new Published(r.version());
    }

    @GetMapping("/current")
    @Operation(summary = "The policy version in force")
    public ExitPolicyPublishedEvent current(Actor actor) {
        return policies.current().map(ExitPolicy::published)
                .orElseThrow(() -> new ExitException(ExitErrorCode.NO_POLICY_PUBLISHED, "No exit policy has been published"));
    }

    @GetMapping("/{version}")
    @Operation(summary = "One policy version")
    public ExitPolicyPublishedEvent version(@PathVariable int version, Actor actor) {
        return policies.version(version).map(ExitPolicy::published)
                .orElseThrow(() -> new ExitException(ExitErrorCode.NO_POLICY_PUBLISHED, "No such policy version"));
    }
}

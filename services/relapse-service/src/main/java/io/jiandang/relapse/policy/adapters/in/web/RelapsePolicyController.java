package io.jiandang.relapse.policy.adapters.in.web;

import io.jiandang.contracts.relapse.RelapsePolicyPublishedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.policy.api.PublishRelapsePolicyCommand;
import io.jiandang.relapse.policy.application.PublishedRelapsePolicies;
import io.jiandang.relapse.policy.domain.RelapsePolicyRules;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The relapse policy: notice period and step deadlines, published by a policy administrator. */
@RestController
@RequestMapping("/api/relapse-policies")
@Tag(name = "Relapse policy", description = "Versioned notice period and step deadlines of the relapse procedure")
public class RelapsePolicyController {

    private final CommandDispatcher dispatcher;
    private final PublishedRelapsePolicies policies;

    public RelapsePolicyController(CommandDispatcher dispatcher, PublishedRelapsePolicies policies) {
        this.dispatcher = dispatcher;
        this.policies = policies;
    }

    public record PublishPolicyRequest(
            @NotNull @Min(1) Integer version,
            @Schema(description = "days the township's public notice runs; 7 when absent") @Min(1) @Max(60)
            Integer noticePeriodDays,
            @Schema(description = "days each step after the application may take from the previous step, for "
                    + "HOME_VERIFICATION, VILLAGE_DELIBERATION, TOWNSHIP_REVIEW_AND_NOTICE and COUNTY_APPROVAL")
            @NotEmpty Map<@NotNull RelapseStep, @NotNull @Min(1) @Max(365) Integer> stepDeadlineDays,
            LocalDate effectiveOn) {
    }

    public record VersionResponse(int version) {
    }

    public record PolicyResponse(int version, int noticePeriodDays, Map<RelapseStep, Integer> stepDeadlineDays,
                                 Instant publishedAt) {

        static PolicyResponse of(RelapsePolicyPublishedEvent event) {
            return new PolicyResponse(event.version(), event.noticePeriodDays(), event.stepDeadlineDays(),
                    event.publishedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Publish the next version of the relapse policy")
    public ResponseEntity<VersionResponse> publish(@Parameter(hidden = true) Actor actor,
                                                   @Valid @RequestBody PublishPolicyRequest body) {
        AccessRules.requireRole(actor, Role.POLICY_ADMINISTRATOR);
        int noticeDays = body.noticePeriodDays() != null ? body.noticePeriodDays()
                : RelapsePolicyRules.DEFAULT_NOTICE_PERIOD_DAYS;
        Integer version = dispatcher.send(new PublishRelapsePolicyCommand(PublishRelapsePolicyCommand.POLICY_ID,
                        body.version(), noticeDays, body.stepDeadlineDays(), actor),
                actor, body.effectiveOn(), RelapseErrorCode.POLICY_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/relapse-policies/current")).body(new VersionResponse(version));
    }

    @GetMapping("/current")
    @Operation(summary = "The current version of the relapse policy")
    public PolicyResponse current(@Parameter(hidden = true) Actor actor) {
        return policies.currentPublication().map(PolicyResponse::of).orElseThrow(() -> new RelapseException(
                RelapseErrorCode.POLICY_NOT_FOUND, "No relapse policy has been published yet"));
    }
}

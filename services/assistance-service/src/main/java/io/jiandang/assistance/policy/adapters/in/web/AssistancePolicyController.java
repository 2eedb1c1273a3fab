package io.jiandang.assistance.policy.adapters.in.web;

import io.jiandang.web.CommandDispatcher;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.policy.api.PublishAssistancePolicyCommand;
import io.jiandang.assistance.policy.application.PublishedAssistancePolicies;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassThresholds;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

/** The assistance policy: households per cadre, class thresholds, standards; published by a policy administrator. */
@RestController
@RequestMapping("/api/assistance-policies")
@Tag(name = "Assistance policy", description = "Versioned households-per-cadre limit, poverty-class thresholds and standards")
public class AssistancePolicyController {

    private final CommandDispatcher dispatcher;
    private final PublishedAssistancePolicies policies;

    public AssistancePolicyController(CommandDispatcher dispatcher, PublishedAssistancePolicies policies) {
        this.dispatcher = dispatcher;
        this.policies = policies;
    }

    public record ThresholdsRequest(@NotNull @DecimalMin("0") BigDecimal extremeBelow,
                                    @NotNull @DecimalMin("0") BigDecimal specialBelow,
                                    @NotNull @DecimalMin("0") BigDecimal mediumBelow) {
    }

    public record PublishPolicyRequest(@NotNull @Min(1) Integer version, LocalDate effectiveFrom,
                                       @NotNull @Min(1) Integer householdsPerCadre,
                                       @NotNull @Valid ThresholdsRequest thresholds,
                                       @NotEmpty Map<@NotNull PovertyClass, @NotNull @DecimalMin("0") BigDecimal> standardPerHousehold) {
    }

    public record VersionResponse(int version) {
    }

    @PostMapping
    @Operation(summary = "Publish the next version of the assistance policy (POLICY_ADMINISTRATOR)")
    public ResponseEntity<VersionResponse> publish(@Parameter(hidden = true) Actor actor,
                                                   @Valid @RequestBody PublishPolicyRequest body) {
        AccessRules.requireRole(actor, Role.POLICY_ADMINISTRATOR);
        LocalDate effectiveFrom = body.effectiveFrom() != null ? body.effectiveFrom() : dispatcher.today();
        Integer version = dispatcher.send(new PublishAssistancePolicyCommand(PublishAssistancePolicyCommand.POLICY_ID,
                        body.version(), effectiveFrom, body.householdsPerCadre(),
                        new PovertyClassThresholds(body.thresholds().extremeBelow(), body.thresholds().specialBelow(),
                                body.thresholds().mediumBelow()), body.standardPerHousehold(), actor),
                actor, effectiveFrom, AssistanceErrorCode.POLICY_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/assistance-policies/current")).body(new VersionResponse(version));
    }

    @GetMapping("/current")
    @Operation(summary = "The current version of the assistance policy")
    public AssistancePolicyPublishedEvent current(@Parameter(hidden = true) Actor actor) {
        return policies.currentPublication().orElseThrow(() -> new AssistanceException(
                AssistanceErrorCode.POLICY_NOT_FOUND, "No assistance policy has been published yet"));
    }
}

package io.jiandang.registration.policy.adapters.in.web;

import io.jiandang.contracts.registration.Indicator;
import io.jiandang.contracts.registration.RegistrationPolicyPublishedEvent;
import io.jiandang.contracts.registration.VetoRule;
import io.jiandang.contracts.registration.VetoScope;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.policy.api.PublishRegistrationPolicyCommand;
import io.jiandang.registration.policy.application.PublishedPolicies;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The registration policy: indicator system, veto rules, notice period; published by a policy administrator. */
@RestController
@RequestMapping("/api/registration-policies")
@Tag(name = "Registration policy", description = "Versioned indicator system, veto rules and notice period")
public class RegistrationPolicyController {

    private final CommandDispatcher dispatcher;
    private final PublishedPolicies policies;

    public RegistrationPolicyController(CommandDispatcher dispatcher, PublishedPolicies policies) {
        this.dispatcher = dispatcher;
        this.policies = policies;
    }

    public record IndicatorRequest(@NotBlank @Size(max = 100) String category, @NotBlank @Size(max = 100) String item,
                                   @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal weight) {
    }

    public record VetoRuleRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 500) String description,
                                  VetoScope blocks) {
    }

    public record PublishPolicyRequest(@NotNull @Min(1) Integer version,
                                       @NotEmpty @Size(max = 500) List<@NotNull @Valid IndicatorRequest> indicators,
                                       @Size(max = 100) List<@NotNull @Valid VetoRuleRequest> vetoRules,
                                       @NotNull @Min(1) Integer noticePeriodDays,
                                       Map<@NotBlank String, @NotNull @DecimalMin("0") BigDecimal> povertyClassThresholds,
                                       LocalDate effectiveOn) {
    }

    public record VersionResponse(int version) {
    }

    public record PolicyResponse(int version, List<Indicator> indicators, List<VetoRule> vetoRules,
                                 int noticePeriodDays, Map<String, BigDecimal> povertyClassThresholds,
                                 Instant publishedAt) {

        static PolicyResponse of(RegistrationPolicyPublishedEvent event) {
            return new PolicyResponse(event.version(), event.indicators(), event.vetoRules(), event.noticePeriodDays(),
                    event.povertyClassThresholds(), event.publishedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Publish the next version of the registration policy")
    public ResponseEntity<VersionResponse> publish(@Parameter(hidden = true) Actor actor,
                                                   @Valid @RequestBody PublishPolicyRequest body) {
        AccessRules.requireRole(actor, Role.POLICY_ADMINISTRATOR);
        List<VetoRule> vetoRules = body.vetoRules() == null ? List.of() : body.vetoRules().stream()
                .map(r -> new VetoRule(r.code(), r.description(),
                        r.blocks() != null ? r.blocks() : VetoScope.REGISTRATION_AND_KEEPING))
                .toList();
        Integer version = dispatcher.send(new PublishRegistrationPolicyCommand(PublishRegistrationPolicyCommand.POLICY_ID,
                        body.version(), body.indicators().stream()
                        .map(i -> new Indicator(i.category(), i.item(), i.weight())).toList(), vetoRules,
                        body.noticePeriodDays(), body.povertyClassThresholds(), actor),
                actor, body.effectiveOn(), RegistrationErrorCode.POLICY_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/registration-policies/current"))
                .body(new VersionResponse(version));
    }

    @GetMapping("/current")
    @Operation(summary = "The current version of the registration policy")
    public PolicyResponse current(@Parameter(hidden = true) Actor actor) {
        return policies.currentPublication().map(PolicyResponse::of).orElseThrow(() -> new RegistrationException(
                RegistrationErrorCode.POLICY_NOT_FOUND, "No registration policy has been published yet"));
    }
}

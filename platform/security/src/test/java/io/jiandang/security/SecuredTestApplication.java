package io.jiandang.security;

import io.jiandang.security.web.CurrentActor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A service in miniature: the module's auto-configuration plus a few endpoints that use the access rules. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity
@Import(SecuredTestApplication.HouseholdEndpoints.class)
public class SecuredTestApplication {

    @RestController
    static class HouseholdEndpoints {

        @GetMapping("/households/{villageCode}")
        Map<String, Object> household(Actor actor, @PathVariable String villageCode) {
            AccessRules.requireCovers(actor, villageCode);
            return Map.of("villageCode", villageCode, "readBy", actor.userId(),
                    "currentActor", CurrentActor.get().userId());
        }

        @PostMapping("/policies")
        Map<String, Object> publishPolicy(Actor actor) {
            AccessRules.requireRole(actor, Role.POLICY_ADMINISTRATOR);
            return Map.of("publishedBy", actor.userId());
        }

        @GetMapping("/audits")
        @PreAuthorize("hasRole('AUDITOR')")
        Map<String, Object> audits() {
            return Map.of("audits", 0);
        }

        @PostMapping("/actuator/republish/{aggregateId}")
        Map<String, Object> republish(@PathVariable String aggregateId) {
            return Map.of("republished", aggregateId);
        }

        @GetMapping("/v3/api-docs/probe")
        Map<String, Object> apiDocs() {
            return Map.of("open", true);
        }
    }
}

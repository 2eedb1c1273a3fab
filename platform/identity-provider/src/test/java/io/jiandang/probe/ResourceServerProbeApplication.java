package io.jiandang.probe;

import io.jiandang.security.Actor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * A service in miniature, secured by the security module as every service is, to prove that it accepts the
 * identity provider's tokens. Kept outside the provider's packages so that neither app scans the other.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class})
@Import(ResourceServerProbeApplication.WhoAmI.class)
public class ResourceServerProbeApplication {

    @RestController
    static class WhoAmI {

        @GetMapping("/whoami")
        Map<String, Object> whoAmI(Actor actor) {
            return Map.of("userId", actor.userId(), "role", actor.role().name(), "level", actor.level().name(),
                    "divisionCode", actor.divisionCode());
        }
    }
}

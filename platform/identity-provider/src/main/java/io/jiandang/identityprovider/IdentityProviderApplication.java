package io.jiandang.identityprovider;

import io.jiandang.security.autoconfigure.JiandangSecurityAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The local identity provider: an OpenID Connect provider (Spring Authorization Server) with demo users at
 * every level, for {@code deploy/local} only. Production services trust whichever OIDC issuer is configured
 * instead; this app and its well-known demo password must never be deployed.
 */
// the services' resource-server setup comes with the security module (used here for Role and the claim names)
@SpringBootApplication(exclude = JiandangSecurityAutoConfiguration.class)
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}

package io.jiandang.identityprovider;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings under {@code jiandang.identity-provider}.
 *
 * @param issuer                 the issuer URL in tokens and the discovery document
 * @param keyFolder              where the signing key is kept; when unset, {@code $JIANDANG_HOME/identity-provider},
 *                               and when that is unset too, the key is made anew at each start
 * @param accessTokenTimeToLive  how long an access token is valid
 * @param dashboardRedirectUris  redirect URIs of the dashboards' public client; a trailing {@code *} accepts
 *                               any path below
 */
@ConfigurationProperties("jiandang.identity-provider")
public record IdentityProviderProperties(
        @DefaultValue("http://127.0.0.1:9000") String issuer,
        Path keyFolder,
        @DefaultValue("1h") Duration accessTokenTimeToLive,
        @DefaultValue({"http://127.0.0.1:8080/*", "http://127.0.0.1:8086/*"}) List<String> dashboardRedirectUris) {
}

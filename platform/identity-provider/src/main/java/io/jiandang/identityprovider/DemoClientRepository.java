package io.jiandang.identityprovider;

import io.jiandang.identityprovider.users.DemoDirectory;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OAuth clients: the dashboards' public client (authorization code with PKCE) and, for scripts, every demo
 * user as a confidential client of its own (client credentials, secret {@value DemoDirectory#DEMO_PASSWORD})
 * whose tokens carry that user's claims. Client id and registration id are the same string.
 */
public class DemoClientRepository implements RegisteredClientRepository {

    public static final String DASHBOARD_CLIENT_ID = "jiandang-dashboard";

    private final DemoDirectory directory;
    private final String encodedDemoSecret;
    private final TokenSettings tokenSettings;
    private final RegisteredClient dashboardClient;
    private final Map<String, RegisteredClient> saved = new ConcurrentHashMap<>();

    public DemoClientRepository(DemoDirectory directory, String encodedDemoSecret, Duration accessTokenTimeToLive,
                                List<String> dashboardRedirectUris) {
        this.directory = directory;
        this.encodedDemoSecret = encodedDemoSecret;
        this.tokenSettings = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(accessTokenTimeToLive)
                .build();
        this.dashboardClient = RegisteredClient.withId(DASHBOARD_CLIENT_ID)
                .clientId(DASHBOARD_CLIENT_ID)
                .clientName("Jiandang dashboards")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(dashboardRedirectUris))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings)
                .build();
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        // clients are derived from the demo directory; a save (e.g. a secret re-encoding) only lives in memory
        saved.put(registeredClient.getId(), registeredClient);
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (clientId == null) {
            return null;
        }
        RegisteredClient savedClient = saved.get(clientId);
        if (savedClient != null) {
            return savedClient;
        }
        if (DASHBOARD_CLIENT_ID.equals(clientId)) {
            return dashboardClient;
        }
        return directory.find(clientId).map(identity -> RegisteredClient.withId(identity.userId())
                        .clientId(identity.userId())
                        .clientName(identity.name())
                        .clientSecret(encodedDemoSecret)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                        .tokenSettings(tokenSettings)
                        .build())
                .orElse(null);
    }
}

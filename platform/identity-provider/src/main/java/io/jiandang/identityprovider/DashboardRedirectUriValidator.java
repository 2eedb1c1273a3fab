package io.jiandang.identityprovider;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Accepts a redirect URI below a registered one ending in {@code /*}, so that each dashboard (on 8080, 8086,
 * ...) can come back to the page the user started from. Spring Authorization Server matches exactly; this is
 * for the local dashboards on 127.0.0.1. Clients without such a pattern get the default check.
 */
final class DashboardRedirectUriValidator implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        RegisteredClient client = context.getRegisteredClient();
        if (client.getRedirectUris().stream().noneMatch(uri -> uri.endsWith("/*"))) {
            OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_REDIRECT_URI_VALIDATOR.accept(context);
            return;
        }
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        if (!matches(client.getRedirectUris(), request.getRedirectUri())) {
            // no authentication in the exception: the error is shown, never sent to the unverified URI
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "OAuth 2.0 Parameter: redirect_uri", null), null);
        }
    }

    static boolean matches(Collection<String> registered, String requested) {
        if (requested == null || requested.contains("#") || requested.contains("..") || requested.contains("\\")
                || requested.contains("@")) {
            return false;
        }
        return registered.stream().anyMatch(uri -> uri.endsWith("/*")
                ? requested.startsWith(uri.substring(0, uri.length() - 1))
                : requested.equals(uri));
    }
}

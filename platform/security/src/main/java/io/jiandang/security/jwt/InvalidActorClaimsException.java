package io.jiandang.security.jwt;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A correctly signed token that does not describe a valid actor. Being an authentication failure, it ends
 * as a 401 like any other invalid token. The message names the claim, never its value or the token.
 */
public class InvalidActorClaimsException extends InvalidBearerTokenException {

    private final String claim;

    public InvalidActorClaimsException(String claim) {
        super("The token's " + claim + " claim is missing or invalid");
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}

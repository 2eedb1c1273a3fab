package io.jiandang.security.jwt;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The token claims that make an {@link Actor}; every issuer (the local identity provider, a production OIDC
 * provider, test tokens) must put them in its access tokens.
 */
public final class ActorClaims {

    /** The user id: the standard subject claim. */
    public static final String SUBJECT = "sub";
    /** A {@link Role} name, e.g. {@code INFORMATION_OFFICER}. */
    public static final String ROLE = "role";
    /** A {@link DivisionLevel} name, e.g. {@code COUNTY}. */
    public static final String LEVEL = "level";
    /** The code of the caller's division, e.g. {@code 451227}. */
    public static final String DIVISION_CODE = "division_code";
    /** A display name; informative only. */
    public static final String NAME = "name";

    private ActorClaims() {
    }

    /**
     * Reads the actor from a decoded token.
     *
     * @throws InvalidActorClaimsException naming the claim that is missing or invalid (never its value)
     */
    public static Actor toActor(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidActorClaimsException(SUBJECT);
        }
        Role role = enumClaim(jwt, ROLE, Role.class);
        DivisionLevel level = enumClaim(jwt, LEVEL, DivisionLevel.class);
        String divisionCode = stringClaim(jwt, DIVISION_CODE);
        Actor actor = new Actor(subject, role, level, divisionCode);
        if (!actor.hasWellFormedDivisionCode()) {
            throw new InvalidActorClaimsException(DIVISION_CODE);
        }
        return actor;
    }

    private static <E extends Enum<E>> E enumClaim(Jwt jwt, String claim, Class<E> type) {
        String value = stringClaim(jwt, claim);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException notAName) {
            throw new InvalidActorClaimsException(claim);
        }
    }

    private static String stringClaim(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidActorClaimsException(claim);
        }
        return text;
    }
}

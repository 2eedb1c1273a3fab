package io.jiandang.security.jwt;

import io.jiandang.security.Actor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;

/**
 * Turns a verified JWT into an {@link ActorAuthenticationToken} with the single authority
 * {@code ROLE_<role>}; a token without valid actor claims fails authentication (401).
 */
public class ActorAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = ActorClaims.toActor(jwt);
        return new ActorAuthenticationToken(jwt, actor,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
    }
}

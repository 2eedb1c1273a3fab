package io.jiandang.security.jwt;

import io.jiandang.security.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;

/**
 * A JWT authentication that also carries the {@link Actor} read from its claims. It stays a
 * {@link JwtAuthenticationToken} so that code expecting Spring's usual principal still works.
 */
public class ActorAuthenticationToken extends JwtAuthenticationToken {

    private final transient Actor actor;

    public ActorAuthenticationToken(Jwt jwt, Actor actor, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, authorities, actor.userId());
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    // the token value stays out of any string form of the authentication
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[actor=" + actor + ", authorities=" + getAuthorities() + "]";
    }
}

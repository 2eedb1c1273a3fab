package io.jiandang.security.web;

import io.jiandang.security.Actor;
import io.jiandang.security.jwt.ActorAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The actor of the current request, for code that is not a controller method. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The authenticated actor, if the current thread serves an authenticated request. */
    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthenticationToken token) {
            return Optional.of(token.actor());
        }
        return Optional.empty();
    }

    /**
     * The authenticated actor.
     *
     * @throws AuthenticationCredentialsNotFoundException when the current thread has none (ends as a 401)
     */
    public static Actor get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No authenticated actor"));
    }
}

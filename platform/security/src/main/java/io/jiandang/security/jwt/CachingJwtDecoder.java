package io.jiandang.security.jwt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Verifies each bearer token once and then serves the decoded token from memory until it expires.
 *
 * <p>An officer's client sends the same token with every request for its whole lifetime; verifying its RS256
 * signature and parsing its claims on each request was a visible share of a registration command's CPU
 * (issue 8, bench/analysis.md). The cache changes nothing about which tokens are accepted:
 * <ul>
 *   <li>it is keyed by the whole token string (header, claims and signature), so a token changed in any byte
 *       is a different key and goes to the delegate, which checks its signature;</li>
 *   <li>only tokens the delegate accepted (signature, issuer, expiry and every other validator) are kept;
 *       refusals are never cached;</li>
 *   <li>an entry is served only strictly before the token's {@code exp} and is dropped at that instant; from
 *       then on the delegate decides again with its own rules (including its clock skew), so an expired token
 *       is refused exactly as without the cache. Tokens without {@code exp} are not cached.</li>
 * </ul>
 * The cache is bounded ({@code maximumSize} entries, least recently used out first).
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public CachingJwtDecoder(JwtDecoder delegate, long maximumSize, Clock clock) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("the token cache needs at least one entry, not " + maximumSize);
        }
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                // evictions run on the calling thread, not a pool: the bound holds at once (an eviction is cheap)
                .executor(Runnable::run)
                .expireAfter(new UntilTokenExpires(clock))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (token == null) {
            return delegate.decode(null);
        }
        Jwt cached = verified.getIfPresent(token);
        if (cached != null) {
            if (clock.instant().isBefore(cached.getExpiresAt())) {
                return cached;
            }
            verified.invalidate(token);
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** The decoder that verifies tokens not in the cache (for tests and diagnostics). */
    public JwtDecoder delegate() {
        return delegate;
    }

    /** Each entry lives until its token's {@code exp}, whatever happens to it meanwhile. */
    private record UntilTokenExpires(Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            return remaining(jwt);
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return remaining(jwt);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private long remaining(Jwt jwt) {
            Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
            if (left.isNegative()) {
                return 0;
            }
            // a token valid for centuries would overflow the nanoseconds
            return left.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : left.toNanos();
        }
    }
}

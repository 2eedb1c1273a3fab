package io.jiandang.security;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.jwt.CachingJwtDecoder;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verified-token cache accepts exactly the tokens the resource server's own decoder accepts. */
class VerifiedTokensAreCachedUntilTheyExpireTest {

    private static final Actor OFFICER = new Actor("officer-bama", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451227");
    private static final String ISSUER = "https://issuer.security-test.jiandang";

    private final MovableClock clock = new MovableClock(Instant.now());
    private final CountingDecoder verifier = new CountingDecoder(decoderTrusting(TestIssuer.TRUSTED, clock));
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(verifier, 100, clock);

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromMemory() {
        String token = TestIssuer.TRUSTED.token(OFFICER);

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("officer-bama");
        assertThat(verifier.calls.get()).isEqualTo(1);
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() {
        String token = tokenExpiringIn(Duration.ofMinutes(5));
        decoder.decode(token);

        // past exp and past the verifier's 60 s clock skew
        clock.advance(Duration.ofMinutes(5).plusSeconds(61));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void aCachedTokenGoesBackToTheVerifierAtItsExpiryInstant() {
        String token = tokenExpiringIn(Duration.ofMinutes(5));
        decoder.decode(token);

        clock.advance(Duration.ofMinutes(5));
        // within the verifier's clock skew it is still accepted, but by the verifier, not from memory
        decoder.decode(token);

        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void aTamperedCopyOfACachedTokenIsRefused() {
        String token = TestIssuer.TRUSTED.token(OFFICER);
        decoder.decode(token);
        String[] parts = token.split("\\.");
        String otherClaims = TestIssuer.TRUSTED.token(new Actor("officer-region", Role.INFORMATION_OFFICER,
                DivisionLevel.REGION, "450000")).split("\\.")[1];

        assertThatThrownBy(() -> decoder.decode(parts[0] + "." + otherClaims + "." + parts[2]))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenFromAnotherKeyIsRefusedEveryTime() {
        String forged = TestIssuer.FOREIGN.token(OFFICER);

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEveryTime() {
        String other = TestIssuer.TRUSTED.token(claims -> claims.issuer("https://elsewhere.example")
                .subject("officer-bama").claim("role", "INFORMATION_OFFICER"));

        assertThatThrownBy(() -> decoder.decode(other)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(other)).isInstanceOf(JwtValidationException.class);
        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedOnEveryRequest() {
        String forever = TestIssuer.TRUSTED.token(claims -> claims.expirationTime(null).subject("officer-bama"));

        decoder.decode(forever);
        decoder.decode(forever);

        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void theCacheHoldsAtMostItsSize() {
        CachingJwtDecoder tiny = new CachingJwtDecoder(verifier, 1, clock);
        String a = TestIssuer.TRUSTED.token(OFFICER);
        String b = TestIssuer.TRUSTED.token(claims -> claims.subject("officer-other"));
        for (int round = 0; round < 50; round++) {
            tiny.decode(a);
            tiny.decode(b);
        }
        // with room for one entry, alternating tokens cannot both stay: most lookups go to the verifier
        assertThat(verifier.calls.get()).isGreaterThan(2);
    }

    private String tokenExpiringIn(Duration lifetime) {
        return TestIssuer.TRUSTED.token(claims -> claims.subject("officer-bama")
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plus(lifetime))));
    }

    private static JwtDecoder decoderTrusting(TestIssuer issuer, Clock clock) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(issuer.publicKey()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        return nimbus;
    }

    private static final class CountingDecoder implements JwtDecoder {
        final JwtDecoder delegate;
        final AtomicInteger calls = new AtomicInteger();

        CountingDecoder(JwtDecoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Jwt decode(String token) throws JwtException {
            calls.incrementAndGet();
            return delegate.decode(token);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

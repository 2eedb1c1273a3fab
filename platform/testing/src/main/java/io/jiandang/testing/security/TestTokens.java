package io.jiandang.testing.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * Signed access tokens for services' HTTP tests, from an issuer that lives only in the test JVM: an RSA key
 * pair made once per JVM, whose public key is written as PEM under {@code java.io.tmpdir}.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void trustTestTokens(DynamicPropertyRegistry registry) {
 *     TestTokens.springProperties().forEach((key, value) -> registry.add(key, () -> value));
 * }
 * ...
 * mvc.perform(get("/households/{id}", id).header("Authorization", TestTokens.bearer(actor)))
 * }</pre>
 *
 * Spring Boot ignores {@code public-key-location} while {@code issuer-uri} has text, and services set an
 * issuer-uri in application.yml: {@link #springProperties()} therefore also blanks {@code issuer-uri}, so that
 * the decoder uses the test key and never contacts an issuer.
 */
public final class TestTokens {

    /** The {@code iss} of every test token. */
    public static final String ISSUER = "https://test-issuer.jiandang.invalid";
    /** How long a test token stays valid. */
    public static final Duration VALIDITY = Duration.ofHours(1);
    /** The Spring Boot property that makes a resource server trust these tokens. */
    public static final String PUBLIC_KEY_LOCATION_PROPERTY =
            "spring.security.oauth2.resourceserver.jwt.public-key-location";

    private TestTokens() {
    }

    /** {@code file:...} URL of the PEM public key, for {@value #PUBLIC_KEY_LOCATION_PROPERTY}. */
    public static String publicKeyLocation() {
        return Issuer.INSTANCE.publicKeyFile.toUri().toString();
    }

    /** The Spring property naming the production issuer, blanked in tests. */
    public static final String ISSUER_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /**
     * The Spring properties a service's test sets so that it accepts these tokens: the public key, and a blank
     * issuer-uri (see the class comment). Add them with {@code @DynamicPropertySource} or as test properties.
     */
    public static Map<String, Object> springProperties() {
        return Map.of(PUBLIC_KEY_LOCATION_PROPERTY, publicKeyLocation(), ISSUER_URI_PROPERTY, "");
    }

    /** {@link #springProperties()} as {@code key=value} strings, e.g. for {@code @SpringBootTest(properties)}. */
    public static String[] springPropertyPairs() {
        return springProperties().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** A token for the actor, valid for {@link #VALIDITY}. */
    public static String token(Actor actor) {
        return token(actor.userId(), actor.role(), actor.level(), actor.divisionCode());
    }

    /** A token with the claims sub, role, level and division_code, valid for {@link #VALIDITY}. */
    public static String token(String userId, Role role, DivisionLevel level, String divisionCode) {
        return token(Map.of("sub", userId, "role", role.name(), "level", level.name(), "division_code", divisionCode));
    }

    /** {@code "Bearer <token>"}, ready for the Authorization header. */
    public static String bearer(Actor actor) {
        return "Bearer " + token(actor);
    }

    /**
     * A token with exactly these claims plus iss, iat and exp (unless given): for tests of what a service
     * does with missing or invalid claims.
     */
    public static String token(Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(VALIDITY)));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) Issuer.INSTANCE.keyPair.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
        return jwt.serialize();
    }

    /** Made on first use, once per JVM (the holder idiom keeps that lazy and thread-safe). */
    private static final class Issuer {

        static final Issuer INSTANCE = new Issuer();

        final KeyPair keyPair;
        final Path publicKeyFile;

        private Issuer() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keyPair = generator.generateKeyPair();
                publicKeyFile = Files.createTempFile("jiandang-test-tokens-", ".pem");
                publicKeyFile.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keyPair.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem, StandardCharsets.US_ASCII);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the test issuer's public key", e);
            }
        }
    }
}

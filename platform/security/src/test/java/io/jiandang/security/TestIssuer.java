package io.jiandang.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

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
import java.util.function.Consumer;

/** A token issuer for this module's tests: one trusted key (published as PEM) and one foreign key. */
final class TestIssuer {

    static final TestIssuer TRUSTED = new TestIssuer();
    static final TestIssuer FOREIGN = new TestIssuer();

    private final KeyPair keyPair;
    private Path publicKeyFile;

    private TestIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keyPair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keyPair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            try {
                publicKeyFile = Files.createTempFile("security-test-issuer", ".pem");
                Files.writeString(publicKeyFile, pem, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile.toUri().toString();
    }

    java.security.interfaces.RSAPublicKey publicKey() {
        return (java.security.interfaces.RSAPublicKey) keyPair.getPublic();
    }

    String token(Actor actor) {
        return token(claims -> claims
                .subject(actor.userId())
                .claim("role", actor.role().name())
                .claim("level", actor.level().name())
                .claim("division_code", actor.divisionCode()));
    }

    /** A token with only the standard claims plus what {@code claims} adds or overrides. */
    String token(Consumer<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer("https://issuer.security-test.jiandang")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keyPair.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    Map<String, Object> springProperties() {
        // Boot ignores a public key while an issuer-uri is set, and services set one: blank it
        return Map.of("spring.security.oauth2.resourceserver.jwt.public-key-location", publicKeyLocation(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
    }
}

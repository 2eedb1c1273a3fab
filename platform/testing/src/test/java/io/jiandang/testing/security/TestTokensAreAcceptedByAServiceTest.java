package io.jiandang.testing.security;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.security.jwt.ActorClaims;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestTokensAreAcceptedByAServiceTest {

    private final Actor villageOfficer =
            new Actor("officer-village", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, "451227100001");

    @Test
    void tokenVerifiesWithThePublishedKeyAndCarriesTheActor() throws Exception {
        Jwt jwt = decoderFromPublishedKey().decode(TestTokens.token(villageOfficer));

        assertThat(ActorClaims.toActor(jwt)).isEqualTo(villageOfficer);
        assertThat(jwt.getIssuer().toString()).isEqualTo(TestTokens.ISSUER);
        assertThat(Duration.between(Instant.now(), jwt.getExpiresAt()))
                .isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
    }

    @Test
    void publishedKeyIsOnePerJvmAndTheSpringPropertyPointsAtIt() {
        assertThat(TestTokens.publicKeyLocation()).startsWith("file:").isEqualTo(TestTokens.publicKeyLocation());
        assertThat(TestTokens.springProperties())
                .containsEntry("spring.security.oauth2.resourceserver.jwt.public-key-location",
                        TestTokens.publicKeyLocation())
                .containsEntry("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        assertThat(TestTokens.publicKeyLocation())
                .contains(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).toUri().getPath());
    }

    @Test
    void tamperedTokenFailsVerification() throws Exception {
        String token = TestTokens.token(villageOfficer);
        String otherPayload = TestTokens.token(new Actor("x", Role.AUDITOR, DivisionLevel.REGION, "450000")).split("\\.")[1];
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + otherPayload + "." + parts[2];

        NimbusJwtDecoder decoder = decoderFromPublishedKey();
        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void bearerHeaderAndFreeFormClaimsAreSigned() throws Exception {
        assertThat(TestTokens.bearer(villageOfficer)).startsWith("Bearer ey");
        Jwt jwt = decoderFromPublishedKey().decode(TestTokens.token(Map.of("sub", "no-role")));
        assertThat(jwt.getSubject()).isEqualTo("no-role");
        assertThat(jwt.hasClaim("role")).isFalse();
    }

    @Test
    void springPropertiesMakeBootDecodeWithTheTestKeyEvenWhereTheServiceNamesAnIssuer() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
                        OAuth2ResourceServerAutoConfiguration.class))
                .withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9")
                .withPropertyValues(TestTokens.springPropertyPairs())
                .run(context -> {
                    JwtDecoder decoder = context.getBean(JwtDecoder.class);
                    assertThat(decoder).isInstanceOf(NimbusJwtDecoder.class);
                    assertThat(ActorClaims.toActor(decoder.decode(TestTokens.token(villageOfficer))))
                            .isEqualTo(villageOfficer);
                });
    }

    private static NimbusJwtDecoder decoderFromPublishedKey() throws Exception {
        String pem;
        try (InputStream in = new DefaultResourceLoader().getResource(TestTokens.publicKeyLocation()).getInputStream()) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        byte[] der = Base64.getMimeDecoder().decode(pem
                .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        return NimbusJwtDecoder.withPublicKey(key).build();
    }
}

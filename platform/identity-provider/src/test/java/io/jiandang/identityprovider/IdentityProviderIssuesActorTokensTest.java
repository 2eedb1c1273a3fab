package io.jiandang.identityprovider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.identityprovider.users.DemoDirectory;
import io.jiandang.probe.ResourceServerProbeApplication;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.security.jwt.ActorClaims;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = IdentityProviderApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderIssuesActorTokensTest {

    static final String ISSUER = "http://127.0.0.1:9000";
    static final String REAL_VILLAGE = "451227101201"; // 百马村委会, 甲篆镇, 巴马瑶族自治县

    @DynamicPropertySource
    static void keepTheKeyUnderTarget(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("identity-provider-keys");
        registry.add("jiandang.identity-provider.key-folder", folder::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void countyOfficerGetsATokenWithItsClaimsByClientCredentials() throws Exception {
        Jwt jwt = decoder().decode(clientCredentialsToken("county-officer", "demo"));

        assertThat(jwt.getSubject()).isEqualTo("county-officer");
        assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(jwt.getClaimAsString("role")).isEqualTo("INFORMATION_OFFICER");
        assertThat(jwt.getClaimAsString("level")).isEqualTo("COUNTY");
        assertThat(jwt.getClaimAsString("division_code")).isEqualTo("451227");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("巴马瑶族自治县扶贫信息员");
        assertThat(Duration.between(Instant.now(), jwt.getExpiresAt())).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
    }

    @Test
    void generatedVillageOfficerOfARealVillageGetsAVillageToken() throws Exception {
        Jwt jwt = decoder().decode(clientCredentialsToken("officer-village-" + REAL_VILLAGE, "demo"));

        assertThat(ActorClaims.toActor(jwt)).isEqualTo(new Actor("officer-village-" + REAL_VILLAGE,
                Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, REAL_VILLAGE));
        assertThat(jwt.getClaimAsString("name")).isEqualTo("百马村委会扶贫信息员");
    }

    @Test
    void generatedOfficerOfAnUnknownCodeOrTheWrongLevelOrAWrongSecretIsRefused() throws Exception {
        assertThat(tokenResponse("officer-village-451227999999", "demo").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("officer-county-" + REAL_VILLAGE, "demo").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("officer-village-451227101201", "wrong").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("nobody", "demo").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("officer-township-451227101000", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void generatedCadreOfARealVillageGetsACadreTokenOfThatVillage() throws Exception {
        Jwt jwt = decoder().decode(clientCredentialsToken("cadre-" + REAL_VILLAGE + "-3", "demo"));

        assertThat(ActorClaims.toActor(jwt)).isEqualTo(new Actor("cadre-" + REAL_VILLAGE + "-3",
                Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, REAL_VILLAGE));
        assertThat(jwt.getClaimAsString("name")).isEqualTo("百马村委会帮扶责任人3");
    }

    @Test
    void generatedCadreOfAnUnknownVillageOrBeyondTheBoundIsRefused() throws Exception {
        assertThat(tokenResponse("cadre-451227999999-1", "demo").statusCode()).as("unknown village").isEqualTo(401);
        assertThat(tokenResponse("cadre-451227101000-1", "demo").statusCode()).as("a township").isEqualTo(401);
        assertThat(tokenResponse("cadre-" + REAL_VILLAGE + "-0", "demo").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("cadre-" + REAL_VILLAGE + "-" + (DemoDirectory.MAX_GENERATED_CADRES_PER_VILLAGE + 1), "demo").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("cadre-" + REAL_VILLAGE + "-" + DemoDirectory.MAX_GENERATED_CADRES_PER_VILLAGE, "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void discoveryDocumentAndJwksAreServed() throws Exception {
        JsonNode discovery = getJson("/.well-known/openid-configuration");
        assertThat(discovery.get("issuer").asText()).isEqualTo(ISSUER);
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.get("grant_types_supported").toString()).contains("client_credentials", "authorization_code");

        JsonNode jwks = getJson("/oauth2/jwks");
        assertThat(jwks.get("keys")).hasSize(1);
        assertThat(jwks.get("keys").get(0).get("kty").asText()).isEqualTo("RSA");
        assertThat(jwks.get("keys").get(0).has("d")).as("private part never published").isFalse();
    }

    @Test
    void aServiceConfiguredWithTheJwksAcceptsTheTokenAsTheActor() throws Exception {
        String token = clientCredentialsToken("supervisor", "demo");

        // as command-line arguments: builder properties are defaults, which the identity provider's own
        // application.yml on this class path (server.port 9000) would override, and port 9000 is the local stack's
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ResourceServerProbeApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + baseUrl() + "/oauth2/jwks")) {
            int servicePort = ((WebServerApplicationContext) service).getWebServer().getPort();
            URI whoAmI = URI.create("http://127.0.0.1:" + servicePort + "/whoami");

            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(whoAmI)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).isEqualTo(200);
            JsonNode actor = json.readTree(accepted.body());
            assertThat(actor.get("userId").asText()).isEqualTo("supervisor");
            assertThat(actor.get("role").asText()).isEqualTo("SUPERVISOR");
            assertThat(actor.get("divisionCode").asText()).isEqualTo("451227");

            String[] parts = token.split("\\.");
            String otherSignature = clientCredentialsToken("auditor", "demo").split("\\.")[2];
            HttpResponse<String> forged = http.send(HttpRequest.newBuilder(whoAmI)
                    .header("Authorization", "Bearer " + parts[0] + "." + parts[1] + "." + otherSignature).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void browserUserSignsInAndTheDashboardRedeemsTheCodeWithPkce() throws Exception {
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.SecureRandom.getInstanceStrong().generateSeed(32));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirectUri = "http://127.0.0.1:8086/households/callback";
        String authorize = "/oauth2/authorize?response_type=code&client_id=jiandang-dashboard&scope=openid%20profile"
                + "&state=s1&code_challenge=" + challenge + "&code_challenge_method=S256&redirect_uri="
                + java.net.URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);

        HttpResponse<String> toLogin = browser(authorize, null, null);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String session = sessionCookie(toLogin);

        HttpResponse<String> loginPage = browser("/login", session, null);
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertThat(csrf.find()).as(loginPage.body()).isTrue();

        HttpResponse<String> signedIn = browser("/login", session,
                "username=township-officer&password=demo&_csrf=" + csrf.group(1));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        session = sessionCookie(signedIn);
        URI back = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/oauth2/authorize");

        HttpResponse<String> toDashboard = browser(back.getRawPath() + "?" + back.getRawQuery(), session, null);
        assertThat(toDashboard.statusCode()).isEqualTo(302);
        URI callback = URI.create(toDashboard.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(redirectUri + "?code=");
        String code = java.net.URLDecoder.decode(callback.getRawQuery().replaceAll(".*code=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);

        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=jiandang-dashboard"
                        + "&code=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8)
                        + "&redirect_uri=" + java.net.URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                        + "&code_verifier=" + verifier))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = json.readTree(tokens.body());
        Jwt accessToken = decoder().decode(body.get("access_token").asText());
        assertThat(ActorClaims.toActor(accessToken)).isEqualTo(new Actor("township-officer",
                Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, "451227100000"));
        Jwt idToken = decoder().decode(body.get("id_token").asText());
        assertThat(idToken.getClaimAsString("name")).isEqualTo("巴马镇扶贫信息员");
    }

    @Test
    void authorizationRequestToAnUnregisteredRedirectUriIsRefusedWithoutRedirecting() throws Exception {
        HttpResponse<String> refused = browser("/oauth2/authorize?response_type=code&client_id=jiandang-dashboard"
                + "&scope=openid&state=s1&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123"
                + "&code_challenge_method=S256&redirect_uri="
                + java.net.URLEncoder.encode("http://127.0.0.1:9999/steal", StandardCharsets.UTF_8), null, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
    }

    /** A browser request: no redirects followed, the session cookie sent by hand, a form posted when given. */
    private HttpResponse<String> browser(String path, String session, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html");
        if (session != null) {
            request.header("Cookie", session);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private NimbusJwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(baseUrl() + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    private String clientCredentialsToken(String user, String secret) throws Exception {
        HttpResponse<String> response = tokenResponse(user, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asText();
    }

    private HttpResponse<String> tokenResponse(String user, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}

package io.jiandang.security;

import io.jiandang.divisions.DivisionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// services name their issuer in application.yml, as here; the test issuer's properties must override it, or
// Boot would ignore the public key and call the issuer (nothing listens on port 9)
@SpringBootTest(properties = {
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9",
        "logging.level.org.springframework.security=TRACE",
        "logging.level.io.jiandang=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ServiceEndpointsNeedAnActorTokenTest {

    private static final String BAMA_VILLAGE = "451227100001";
    private static final Actor NANDAN_OFFICER =
            new Actor("officer-nandan", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451221");
    private static final Actor BAMA_OFFICER =
            new Actor("officer-bama", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451227");

    @DynamicPropertySource
    static void trustTheTestIssuer(DynamicPropertyRegistry registry) {
        TestIssuer.TRUSTED.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder;

    @Test
    void theResourceServerVerifiesEachTokenOnceThroughTheCache() {
        assertThat(jwtDecoder).isInstanceOf(io.jiandang.security.jwt.CachingJwtDecoder.class);
    }

    @Test
    void requestWithoutTokenIsUnauthorisedWithAProblemDocument() throws Exception {
        mvc.perform(get("/households/" + BAMA_VILLAGE))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("urn:jiandang:problem:unauthenticated"));
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorisedAndNeverEchoed(CapturedOutput output) throws Exception {
        String forged = TestIssuer.FOREIGN.token(BAMA_OFFICER);

        bearer(get("/households/" + BAMA_VILLAGE), forged)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                .andExpect(content().string(not(containsString(forged))));
        assertThat(output.getAll()).doesNotContain(forged).doesNotContain(signatureOf(forged));
    }

    @Test
    void expiredTokenIsUnauthorised() throws Exception {
        String expired = TestIssuer.TRUSTED.token(claims -> claims
                .subject(BAMA_OFFICER.userId())
                .claim("role", "INFORMATION_OFFICER").claim("level", "COUNTY").claim("division_code", "451227")
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600))));

        bearer(get("/households/" + BAMA_VILLAGE), expired).andExpect(status().isUnauthorized());
    }

    @Test
    void signedTokenWithoutActorClaimsIsUnauthorisedNamingTheClaim() throws Exception {
        String noLevel = TestIssuer.TRUSTED.token(claims -> claims
                .subject("someone").claim("role", "INFORMATION_OFFICER").claim("division_code", "451227"));

        bearer(get("/households/" + BAMA_VILLAGE), noLevel)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The token's level claim is missing or invalid"));
    }

    @Test
    void signedTokenWithAnUnknownRoleIsUnauthorised() throws Exception {
        String unknownRole = TestIssuer.TRUSTED.token(claims -> claims
                .subject("someone").claim("role", "MAYOR").claim("level", "COUNTY").claim("division_code", "451227"));

        bearer(get("/households/" + BAMA_VILLAGE), unknownRole)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The token's role claim is missing or invalid"));
    }

    @Test
    void signedTokenWhoseCodeDoesNotFitItsLevelIsUnauthorised() throws Exception {
        String villageLevelCountyCode = TestIssuer.TRUSTED.token(claims -> claims
                .subject("someone").claim("role", "INFORMATION_OFFICER").claim("level", "VILLAGE")
                .claim("division_code", "451227"));

        bearer(get("/households/" + BAMA_VILLAGE), villageLevelCountyCode)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The token's division_code claim is missing or invalid"));
    }

    @Test
    void officerOfAnotherCountyIsRefusedByTheJurisdictionRule(CapturedOutput output) throws Exception {
        String token = TestIssuer.TRUSTED.token(NANDAN_OFFICER);

        bearer(get("/households/" + BAMA_VILLAGE), token)
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("JURISDICTION"))
                .andExpect(jsonPath("$.type").value("urn:jiandang:problem:access-refused"))
                .andExpect(jsonPath("$.detail").value(containsString(BAMA_VILLAGE)));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(signatureOf(token));
    }

    @Test
    void officerOfTheCountyReadsAHouseholdInsideIt() throws Exception {
        bearer(get("/households/" + BAMA_VILLAGE), TestIssuer.TRUSTED.token(BAMA_OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readBy").value("officer-bama"))
                .andExpect(jsonPath("$.currentActor").value("officer-bama"));
    }

    @Test
    void wrongRoleIsRefusedByTheRoleRuleAndPostsNeedNoCsrfToken() throws Exception {
        bearer(post("/policies"), TestIssuer.TRUSTED.token(BAMA_OFFICER))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ROLE"));

        Actor policyAdministrator = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
        bearer(post("/policies"), TestIssuer.TRUSTED.token(policyAdministrator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedBy").value("policy-admin"));
    }

    @Test
    void springSecurityRoleDenialIsAProblemWithTheRoleRule() throws Exception {
        bearer(get("/audits"), TestIssuer.TRUSTED.token(BAMA_OFFICER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("ROLE"));

        Actor auditor = new Actor("auditor", Role.AUDITOR, DivisionLevel.REGION, "450000");
        bearer(get("/audits"), TestIssuer.TRUSTED.token(auditor)).andExpect(status().isOk());
    }

    @Test
    void onlyAnOperatorMayCallAManagementEndpointBeyondHealth() throws Exception {
        bearer(post("/actuator/republish/h-1"), TestIssuer.TRUSTED.token(BAMA_OFFICER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("ROLE"));
        Actor regionAdministrator = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
        bearer(post("/actuator/republish/h-1"), TestIssuer.TRUSTED.token(regionAdministrator))
                .andExpect(status().isForbidden());

        Actor operator = new Actor("operator", Role.OPERATOR, DivisionLevel.REGION, "450000");
        bearer(post("/actuator/republish/h-1"), TestIssuer.TRUSTED.token(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.republished").value("h-1"));
    }

    @Test
    void apiDocsNeedNoToken() throws Exception {
        mvc.perform(get("/v3/api-docs/probe")).andExpect(status().isOk()).andExpect(jsonPath("$.open").value(true));
    }

    private ResultActions bearer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                 String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}

package io.jiandang.security.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAccessDeniedHandlerTest {

    @Test
    void springSecurityRefusalBecomesA403ProblemWithTheRoleRule() throws Exception {
        ObjectMapper objectMapper = new ObjectMapper();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audits");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ProblemAccessDeniedHandler(objectMapper).handle(request, response, new AccessDeniedException("Access Denied"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = objectMapper.readTree(response.getContentAsByteArray());
        assertThat(body.get("rule").asText()).isEqualTo("ROLE");
        assertThat(body.get("status").asInt()).isEqualTo(403);
        assertThat(body.get("instance").asText()).isEqualTo("/audits");
    }
}

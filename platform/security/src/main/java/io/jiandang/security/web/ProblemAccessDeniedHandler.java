package io.jiandang.security.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.security.AccessRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * Answers a request that Spring Security's authorization refused with 403 and a problem document. Spring
 * Security only refuses by authority here (the roles), hence the rule ROLE.
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    static final String DETAIL = "The caller's role may not use this resource";

    private final ObjectMapper objectMapper;

    public ProblemAccessDeniedHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        SecurityProblems.write(
                SecurityProblems.accessRefused(AccessRefusedException.Rule.ROLE.name(), DETAIL, request),
                response, objectMapper);
    }
}

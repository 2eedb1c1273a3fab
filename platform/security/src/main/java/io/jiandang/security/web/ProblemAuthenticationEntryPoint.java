package io.jiandang.security.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.security.jwt.InvalidActorClaimsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * Answers an unauthenticated request with 401 and a problem document. The decoder's own error texts are not
 * passed on: they can quote parts of the token, so the detail is one of a few fixed sentences.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ObjectMapper objectMapper;

    public ProblemAuthenticationEntryPoint(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        String detail;
        String wwwAuthenticate;
        if (authException instanceof InvalidActorClaimsException invalidClaims) {
            detail = invalidClaims.getMessage();
            wwwAuthenticate = "Bearer error=\"invalid_token\", error_description=\"" + detail + "\"";
        } else if (authException instanceof InvalidBearerTokenException) {
            detail = "The bearer token is malformed, expired or not signed by the configured issuer";
            wwwAuthenticate = "Bearer error=\"invalid_token\", error_description=\"" + detail + "\"";
        } else {
            detail = "This resource needs a bearer token";
            wwwAuthenticate = "Bearer";
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
        SecurityProblems.write(SecurityProblems.unauthenticated(detail, request), response, objectMapper);
    }
}

package io.jiandang.security.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem documents (RFC 9457, application/problem+json) for refused requests. Details are fixed texts
 * or texts this module wrote: never a token, never an ID number.
 */
public final class SecurityProblems {

    /** Type of a 401: no token, or one that is invalid, expired or lacks the actor claims. */
    public static final URI UNAUTHENTICATED = URI.create("urn:jiandang:problem:unauthenticated");
    /** Type of a 403; the property {@code rule} says which rule refused (ROLE, LEVEL, JURISDICTION). */
    public static final URI ACCESS_REFUSED = URI.create("urn:jiandang:problem:access-refused");
    /** Name of the problem property that carries the refusing rule. */
    public static final String RULE = "rule";

    private SecurityProblems() {
    }

    public static ProblemDetail unauthenticated(String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(UNAUTHENTICATED);
        problem.setTitle("Authentication required");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    public static ProblemDetail accessRefused(String rule, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(ACCESS_REFUSED);
        problem.setTitle("Access refused");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty(RULE, rule);
        return problem;
    }

    /** Writes a problem from a servlet filter, where no message converter is at hand. */
    static void write(ProblemDetail problem, HttpServletResponse response, ObjectMapper objectMapper) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), body);
    }
}

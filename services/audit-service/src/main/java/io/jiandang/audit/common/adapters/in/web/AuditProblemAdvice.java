package io.jiandang.audit.common.adapters.in.web;

import io.jiandang.audit.common.api.AuditException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;

/**
 * The audit service's refusals as problem documents: invalid parameter 400 with {@code errors:[{field, rule,
 * message}]}, unknown household or division 404, a state conflict 409, the reporting service unreachable 502;
 * each with its typed {@code code}. Access refusals (403) are answered by the security module.
 */
@RestControllerAdvice(basePackages = "io.jiandang.audit")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AuditProblemAdvice {

    public static final URI INVALID_INPUT = URI.create("urn:jiandang:problem:invalid-input");
    public static final URI NOT_FOUND = URI.create("urn:jiandang:problem:not-found");
    public static final URI BUSINESS_RULE = URI.create("urn:jiandang:problem:business-rule");
    public static final URI UPSTREAM = URI.create("urn:jiandang:problem:upstream-unavailable");

    private static final Logger log = LoggerFactory.getLogger(AuditProblemAdvice.class);

    public record FieldProblem(String field, String rule, String message) {
    }

    @ExceptionHandler(AuditException.class)
    public ResponseEntity<ProblemDetail> refused(AuditException refused, HttpServletRequest request) {
        HttpStatus status = switch (refused.code().kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UPSTREAM -> HttpStatus.BAD_GATEWAY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setType(switch (refused.code().kind()) {
            case INVALID -> INVALID_INPUT;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> BUSINESS_RULE;
            case UPSTREAM -> UPSTREAM;
        });
        problem.setTitle(refused.code().name().replace('_', ' ').toLowerCase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", refused.code().name());
        if (refused.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(refused.field(), refused.code().name(), refused.getMessage())));
        }
        log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refused.code());
        return respond(status, problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        String type = mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName();
        return invalid(request, new FieldProblem(mismatch.getName(), "TYPE",
                "Parameter " + mismatch.getName() + " must be a " + type + " (ISO-8601 for dates and instants)"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return invalid(request, new FieldProblem(missing.getParameterName(), "REQUIRED",
                "Parameter " + missing.getParameterName() + " is required"));
    }

    private static ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, FieldProblem field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field.message());
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid request");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(field));
        return respond(HttpStatus.BAD_REQUEST, problem);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

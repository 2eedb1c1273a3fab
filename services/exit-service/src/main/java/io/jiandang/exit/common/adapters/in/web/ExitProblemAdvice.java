package io.jiandang.exit.common.adapters.in.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Answers the exit service's refusals as problem documents (application/problem+json): invalid input 400 with
 * {@code errors:[{field, rule, message}]}, an unknown exit or plan 404, a business rule 409 with the typed
 * {@code code} and, when criteria decided it, {@code failedCriteria:[{code, expected, actual}]}. Access refusals
 * (403) are answered by the security module.
 */
@RestControllerAdvice(basePackages = "io.jiandang.exit")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ExitProblemAdvice {

    public static final URI INVALID_INPUT = URI.create("urn:jiandang:problem:invalid-input");
    public static final URI NOT_FOUND = URI.create("urn:jiandang:problem:not-found");
    public static final URI BUSINESS_RULE = URI.create("urn:jiandang:problem:business-rule");

    private static final Logger log = LoggerFactory.getLogger(ExitProblemAdvice.class);

    /** One invalid field: where, which rule, and what it means. */
    public record FieldProblem(String field, String rule, String message) {
    }

    @ExceptionHandler(ExitException.class)
    public ResponseEntity<ProblemDetail> refused(ExitException refused, HttpServletRequest request) {
        ExitErrorCode code = refused.code();
        HttpStatus status = switch (code.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setType(switch (code.kind()) {
            case INVALID -> INVALID_INPUT;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> BUSINESS_RULE;
        });
        problem.setTitle(title(code));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        if (!refused.failedCriteria().isEmpty()) {
            problem.setProperty("failedCriteria", refused.failedCriteria());
        }
        if (refused.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(refused.field(), code.name(), refused.getMessage())));
        }
        log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), code);
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), upperSnake(e.getCode()), e.getDefaultMessage()))
                .toList();
        return respond(invalidInput("The request is invalid", request, errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        String field = "body";
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            field = path.isEmpty() ? "body" : path.toString();
        }
        String message = "The body is not readable JSON of the expected shape";
        return respond(invalidInput(message, request, List.of(new FieldProblem(field, "TYPE", message))));
    }

    private static ProblemDetail invalidInput(String detail, HttpServletRequest request, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** NotBlank → NOT_BLANK, so bean-validation rules read like the service's own codes. */
    static String upperSnake(String code) {
        if (code == null) {
            return "INVALID";
        }
        return code.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String title(ExitErrorCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package io.jiandang.relapse.common.adapters.in.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.security.web.SecurityProblems;
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
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Answers the relapse service's refusals as problem documents (application/problem+json): invalid input 400 with
 * {@code errors:[{field, rule, message}]}; a step taken by the wrong level 403 (type access-refused, {@code rule}
 * LEVEL); an unknown case 404; a rule of the case's state 409 with the typed {@code code}. A refusal by the
 * procedure also names {@code expectedStep} and {@code expectedLevel}: what the case expects next and who may do
 * it. Role and jurisdiction refusals (403) are answered by the security module. Rejected values are never echoed.
 */
@RestControllerAdvice(basePackages = "io.jiandang.relapse")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RelapseProblemAdvice {

    public static final URI INVALID_INPUT = URI.create("urn:jiandang:problem:invalid-input");
    public static final URI NOT_FOUND = URI.create("urn:jiandang:problem:not-found");
    public static final URI BUSINESS_RULE = URI.create("urn:jiandang:problem:business-rule");

    private static final Logger log = LoggerFactory.getLogger(RelapseProblemAdvice.class);

    /** One invalid field: where, which rule, and what it means. */
    public record FieldProblem(String field, String rule, String message) {
    }

    @ExceptionHandler(RelapseException.class)
    public ResponseEntity<ProblemDetail> refused(RelapseException refused, HttpServletRequest request) {
        RelapseErrorCode code = refused.code();
        ProblemDetail problem;
        if (code.kind() == RelapseErrorCode.Kind.FORBIDDEN) {
            problem = SecurityProblems.accessRefused("LEVEL", refused.getMessage(), request);
        } else {
            HttpStatus status = switch (code.kind()) {
                case INVALID -> HttpStatus.BAD_REQUEST;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                default -> HttpStatus.CONFLICT;
            };
            problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
            problem.setType(switch (code.kind()) {
                case INVALID -> INVALID_INPUT;
                case NOT_FOUND -> NOT_FOUND;
                default -> BUSINESS_RULE;
            });
            problem.setTitle(title(code));
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        problem.setProperty("code", code.name());
        if (refused.expectedStep() != null) {
            problem.setProperty("expectedStep", refused.expectedStep().name());
        }
        if (refused.expectedLevel() != null) {
            problem.setProperty("expectedLevel", refused.expectedLevel().name());
        }
        if (refused.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(refused.field(),
                    refused.rule() != null ? refused.rule() : code.name(), refused.getMessage())));
        }
        log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), code);
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(RelapseProblemAdvice::fieldProblem)
                .toList();
        List<FieldProblem> global = invalid.getBindingResult().getGlobalErrors().stream()
                .map(e -> new FieldProblem(e.getObjectName(), upperSnake(e.getCode()), e.getDefaultMessage()))
                .toList();
        return respond(invalidInput("The request is invalid", request, Stream.concat(errors.stream(),
                global.stream()).toList()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable,
                                                    HttpServletRequest request) {
        String field = "body";
        String rule = "READABLE_JSON";
        String message = "The body is not readable JSON of the expected shape";
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
            rule = "TYPE";
            message = "The value does not have the expected type or is not one of the allowed values";
        }
        return respond(invalidInput(message, request, List.of(new FieldProblem(field, rule, message))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch,
                                                  HttpServletRequest request) {
        String message = "The value does not have the expected type";
        return respond(invalidInput(message, request, List.of(new FieldProblem(mismatch.getName(), "TYPE", message))));
    }

    private static ProblemDetail invalidInput(String detail, HttpServletRequest request, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), upperSnake(error.getCode()), error.getDefaultMessage());
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** NotBlank → NOT_BLANK, so bean-validation rules read like the service's own (NO_PERSONAL_NUMBER). */
    static String upperSnake(String code) {
        if (code == null) {
            return "INVALID";
        }
        return code.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String title(RelapseErrorCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package io.jiandang.assistance.common.adapters.in.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.hibernate.validator.engine.HibernateConstraintViolation;
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

import java.net.URI;
import java.util.List;

/**
 * Answers the assistance service's refusals as problem documents (application/problem+json): invalid input
 * 400 with {@code errors:[{field, rule, message}]}, unknown household or round 404, a business rule of the
 * current state 409 with the typed {@code code}. Access refusals (403) are answered by the security module.
 * Details are texts this service wrote, which never quote an ID number; rejected values are never echoed.
 */
@RestControllerAdvice(basePackages = "io.jiandang.assistance")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AssistanceProblemAdvice {

    public static final URI INVALID_INPUT = URI.create("urn:jiandang:problem:invalid-input");
    public static final URI NOT_FOUND = URI.create("urn:jiandang:problem:not-found");
    public static final URI BUSINESS_RULE = URI.create("urn:jiandang:problem:business-rule");

    private static final Logger log = LoggerFactory.getLogger(AssistanceProblemAdvice.class);

    /** One invalid field: where, which rule, and what it means. */
    public record FieldProblem(String field, String rule, String message) {
    }

    @ExceptionHandler(AssistanceException.class)
    public ResponseEntity<ProblemDetail> refused(AssistanceException refused, HttpServletRequest request) {
        AssistanceErrorCode code = refused.code();
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
        if (refused.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(refused.field(),
                    refused.rule() != null ? refused.rule() : code.name(), refused.getMessage())));
        }
        log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), code);
        return respond(problem);
    }

    @ExceptionHandler(io.jiandang.assistance.handbook.adapters.out.pdf.CjkFontMissingException.class)
    public ResponseEntity<ProblemDetail> noFont(RuntimeException missing, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, missing.getMessage());
        problem.setType(URI.create("urn:jiandang:problem:cjk-font-missing"));
        problem.setTitle("No CJK font to print with");
        problem.setInstance(URI.create(request.getRequestURI()));
        log.error("Cannot print: {}", missing.getMessage());
        return respond(problem);
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch,
                                                  HttpServletRequest request) {
        String message = "The value does not have the expected type or is not one of the allowed values";
        return respond(invalidInput(message, request, List.of(new FieldProblem(mismatch.getName(), "TYPE", message))));
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> violated(jakarta.validation.ConstraintViolationException violated,
                                                  HttpServletRequest request) {
        List<FieldProblem> errors = violated.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()),
                        upperSnake(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        v.getMessage()))
                .toList();
        return respond(invalidInput("The request is invalid", request, errors));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(AssistanceProblemAdvice::fieldProblem)
                .toList();
        List<FieldProblem> global = invalid.getBindingResult().getGlobalErrors().stream()
                .map(e -> new FieldProblem(e.getObjectName(), upperSnake(e.getCode()), e.getDefaultMessage()))
                .toList();
        return respond(invalidInput("The request is invalid", request,
                java.util.stream.Stream.concat(errors.stream(), global.stream()).toList()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable,
                                                    HttpServletRequest request) {
        String field = "body";
        String rule = "READABLE_JSON";
        String message = "The body is not readable JSON of the expected shape";
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
            rule = mapping instanceof InvalidTypeIdException ? "KNOWN_KIND" : "TYPE";
            message = mapping instanceof InvalidTypeIdException ? "Unknown or missing kind"
                    : "The value does not have the expected type or is not one of the allowed values";
        }
        return respond(invalidInput(message, request, List.of(new FieldProblem(field, rule, message))));
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
        String rule = upperSnake(error.getCode());
        if (error.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
            if (violation instanceof HibernateConstraintViolation<?> hibernate) {
                String dynamic = hibernate.getDynamicPayload(String.class);
                if (dynamic != null) {
                    rule = dynamic;
                }
            }
        }
        return new FieldProblem(error.getField(), rule, error.getDefaultMessage());
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

    /** NotBlank → NOT_BLANK, so bean-validation rules read like the service's own (GB11643_CHECK_DIGIT). */
    static String upperSnake(String code) {
        if (code == null) {
            return "INVALID";
        }
        return code.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static String title(AssistanceErrorCode code) {
        String words = code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

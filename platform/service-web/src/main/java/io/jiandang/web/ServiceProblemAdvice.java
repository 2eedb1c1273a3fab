package io.jiandang.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What every command service's problem+json advice shares: invalid input answered 400 with
 * {@code errors:[{field, rule, message}]} (bean validation naming each field and rule, unreadable JSON naming
 * the path at fault), and the pieces a service's own refusal handler is built from (a problem of a typed
 * {@code code} with type, title and instance, logged and answered as application/problem+json).
 *
 * <p>A service extends it with a {@code @RestControllerAdvice(basePackages = ...)} that adds only the handler of
 * its business exception (its typed error codes and their kinds) and any handler of its own. Handlers a service
 * may or may not want (a path or query parameter of the wrong type, method-validation violations) are offered as
 * protected methods for it to expose. Rejected values are never echoed.
 */
public abstract class ServiceProblemAdvice {

    public static final URI INVALID_INPUT = URI.create("urn:jiandang:problem:invalid-input");
    public static final URI NOT_FOUND = URI.create("urn:jiandang:problem:not-found");
    public static final URI BUSINESS_RULE = URI.create("urn:jiandang:problem:business-rule");

    /** The logger of the concrete advice, so refusals are logged under the service's own name. */
    protected final Logger log = LoggerFactory.getLogger(getClass());

    /** One invalid field: where, which rule, and what it means. */
    public record FieldProblem(String field, String rule, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(ServiceProblemAdvice::fieldProblem)
                .toList();
        List<FieldProblem> global = invalid.getBindingResult().getGlobalErrors().stream()
                .map(e -> new FieldProblem(e.getObjectName(), upperSnake(e.getCode()), e.getDefaultMessage()))
                .toList();
        return respond(invalidInput("The request is invalid", request,
                Stream.concat(errors.stream(), global.stream()).toList()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable,
                                                    HttpServletRequest request) {
        FieldProblem problem = unreadableProblem(unreadable);
        return respond(invalidInput(problem.message(), request, List.of(problem)));
    }

    /**
     * The field problem of a body that cannot be read: the whole body (rule READABLE_JSON) when it is no JSON,
     * else the path at fault with rule TYPE, or KNOWN_KIND for an unknown or missing polymorphic kind.
     */
    protected FieldProblem unreadableProblem(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            if (mapping instanceof InvalidTypeIdException) {
                return new FieldProblem(path(mapping.getPath()), "KNOWN_KIND", "Unknown or missing kind");
            }
            return new FieldProblem(path(mapping.getPath()), "TYPE",
                    "The value does not have the expected type or is not one of the allowed values");
        }
        return new FieldProblem("body", "READABLE_JSON", "The body is not readable JSON of the expected shape");
    }

    /** The path at fault in an unreadable body ({@code members[0].idNumber}), or {@code body}. */
    protected static String bodyPath(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping.getPath());
        }
        return "body";
    }

    /** A path or query parameter of the wrong type, named by the parameter with rule TYPE. */
    protected ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch, String message,
                                                         HttpServletRequest request) {
        return respond(invalidInput(message, request, List.of(new FieldProblem(mismatch.getName(), "TYPE", message))));
    }

    /** Method-validation violations, each named by the last node of its path and its constraint's name. */
    protected ResponseEntity<ProblemDetail> violations(ConstraintViolationException violated,
                                                       HttpServletRequest request) {
        List<FieldProblem> errors = violated.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()),
                        upperSnake(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        v.getMessage()))
                .toList();
        return respond(invalidInput("The request is invalid", request, errors));
    }

    /**
     * A service's typed refusal: status, type by status (400 invalid-input, 404 not-found, else business-rule),
     * a title made of the code, the request as instance and the {@code code} property.
     */
    protected static ProblemDetail refusal(HttpStatus status, Enum<?> code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(switch (status) {
            case BAD_REQUEST -> INVALID_INPUT;
            case NOT_FOUND -> NOT_FOUND;
            default -> BUSINESS_RULE;
        });
        problem.setTitle(title(code));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        return problem;
    }

    /** Names the one field a refusal is about. */
    protected static void fieldAtFault(ProblemDetail problem, String field, String rule, String message) {
        problem.setProperty("errors", List.of(new FieldProblem(field, rule, message)));
    }

    /** Logs a refusal (its code, never its detail) and answers it. */
    protected ResponseEntity<ProblemDetail> refused(ProblemDetail problem, Enum<?> code, HttpServletRequest request) {
        log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), code);
        return respond(problem);
    }

    protected static ProblemDetail invalidInput(String detail, HttpServletRequest request, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return problem;
    }

    protected static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** NotBlank → NOT_BLANK, so bean-validation rules read like the services' own (GB11643_CHECK_DIGIT). */
    public static String upperSnake(String code) {
        if (code == null) {
            return "INVALID";
        }
        return code.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** HOUSEHOLD_NOT_FOUND → "Household not found". */
    protected static String title(Enum<?> code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A rule a custom validator chose (its dynamic payload) wins over the constraint's name. */
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

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

package io.jiandang.assistance.common.adapters.in.web;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.handbook.adapters.out.pdf.CjkFontMissingException;
import io.jiandang.web.ServiceProblemAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;

/**
 * Answers the assistance service's refusals as problem documents (application/problem+json): invalid input
 * 400 with {@code errors:[{field, rule, message}]}, unknown household or round 404, a business rule of the
 * current state 409 with the typed {@code code}. Access refusals (403) are answered by the security module.
 * Details are texts this service wrote, which never quote an ID number; rejected values are never echoed.
 * Invalid input is answered by the shared {@link ServiceProblemAdvice}.
 */
@RestControllerAdvice(basePackages = "io.jiandang.assistance")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AssistanceProblemAdvice extends ServiceProblemAdvice {

    @ExceptionHandler(AssistanceException.class)
    public ResponseEntity<ProblemDetail> refused(AssistanceException refused, HttpServletRequest request) {
        AssistanceErrorCode code = refused.code();
        HttpStatus status = switch (code.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = refusal(status, code, refused.getMessage(), request);
        if (refused.field() != null) {
            fieldAtFault(problem, refused.field(), refused.rule() != null ? refused.rule() : code.name(),
                    refused.getMessage());
        }
        return refused(problem, code, request);
    }

    @ExceptionHandler(CjkFontMissingException.class)
    public ResponseEntity<ProblemDetail> noFont(RuntimeException missing, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, missing.getMessage());
        problem.setType(URI.create("urn:jiandang:problem:cjk-font-missing"));
        problem.setTitle("No CJK font to print with");
        problem.setInstance(URI.create(request.getRequestURI()));
        log.error("Cannot print: {}", missing.getMessage());
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch,
                                                  HttpServletRequest request) {
        return typeMismatch(mismatch,
                "The value does not have the expected type or is not one of the allowed values", request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> violated(ConstraintViolationException violated, HttpServletRequest request) {
        return violations(violated, request);
    }
}

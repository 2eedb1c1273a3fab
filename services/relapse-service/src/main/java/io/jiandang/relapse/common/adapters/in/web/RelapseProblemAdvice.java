package io.jiandang.relapse.common.adapters.in.web;

import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.security.web.SecurityProblems;
import io.jiandang.web.ServiceProblemAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers the relapse service's refusals as problem documents (application/problem+json): invalid input 400 with
 * {@code errors:[{field, rule, message}]}; a step taken by the wrong level 403 (type access-refused, {@code rule}
 * LEVEL); an unknown case 404; a rule of the case's state 409 with the typed {@code code}. A refusal by the
 * procedure also names {@code expectedStep} and {@code expectedLevel}: what the case expects next and who may do
 * it. Role and jurisdiction refusals (403) are answered by the security module. Rejected values are never echoed.
 * Invalid input is answered by the shared {@link ServiceProblemAdvice}.
 */
@RestControllerAdvice(basePackages = "io.jiandang.relapse")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RelapseProblemAdvice extends ServiceProblemAdvice {

    @ExceptionHandler(RelapseException.class)
    public ResponseEntity<ProblemDetail> refused(RelapseException refused, HttpServletRequest request) {
        RelapseErrorCode code = refused.code();
        ProblemDetail problem;
        if (code.kind() == RelapseErrorCode.Kind.FORBIDDEN) {
            problem = SecurityProblems.accessRefused("LEVEL", refused.getMessage(), request);
            problem.setProperty("code", code.name());
        } else {
            HttpStatus status = switch (code.kind()) {
                case INVALID -> HttpStatus.BAD_REQUEST;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                default -> HttpStatus.CONFLICT;
            };
            problem = refusal(status, code, refused.getMessage(), request);
        }
        if (refused.expectedStep() != null) {
            problem.setProperty("expectedStep", refused.expectedStep().name());
        }
        if (refused.expectedLevel() != null) {
            problem.setProperty("expectedLevel", refused.expectedLevel().name());
        }
        if (refused.field() != null) {
            fieldAtFault(problem, refused.field(), refused.rule() != null ? refused.rule() : code.name(),
                    refused.getMessage());
        }
        return refused(problem, code, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch,
                                                  HttpServletRequest request) {
        return typeMismatch(mismatch, "The value does not have the expected type", request);
    }
}

package io.jiandang.exit.common.adapters.in.web;

import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.web.ServiceProblemAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the exit service's refusals as problem documents (application/problem+json): invalid input 400 with
 * {@code errors:[{field, rule, message}]}, an unknown exit or plan 404, a business rule 409 with the typed
 * {@code code} and, when criteria decided it, {@code failedCriteria:[{code, expected, actual}]}. Access refusals
 * (403) are answered by the security module. Invalid input is answered by the shared {@link ServiceProblemAdvice}.
 */
@RestControllerAdvice(basePackages = "io.jiandang.exit")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ExitProblemAdvice extends ServiceProblemAdvice {

    @ExceptionHandler(ExitException.class)
    public ResponseEntity<ProblemDetail> refused(ExitException refused, HttpServletRequest request) {
        ExitErrorCode code = refused.code();
        HttpStatus status = switch (code.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = refusal(status, code, refused.getMessage(), request);
        if (!refused.failedCriteria().isEmpty()) {
            problem.setProperty("failedCriteria", refused.failedCriteria());
        }
        if (refused.field() != null) {
            fieldAtFault(problem, refused.field(), code.name(), refused.getMessage());
        }
        return refused(problem, code, request);
    }

    /** The exit service names every unreadable body by the path at fault with rule TYPE. */
    @Override
    protected FieldProblem unreadableProblem(HttpMessageNotReadableException unreadable) {
        return new FieldProblem(bodyPath(unreadable), "TYPE", "The body is not readable JSON of the expected shape");
    }
}

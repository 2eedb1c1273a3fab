package io.jiandang.registration.common.adapters.in.web;

import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.web.ServiceProblemAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the registration service's refusals as problem documents (application/problem+json): invalid input
 * 400 with {@code errors:[{field, rule, message}]}, unknown household or round 404, a business rule of the
 * current state 409 with the typed {@code code}. Access refusals (403) are answered by the security module.
 * Details are texts this service wrote, which never quote an ID number; rejected values are never echoed.
 * Invalid input is answered by the shared {@link ServiceProblemAdvice}.
 */
@RestControllerAdvice(basePackages = "io.jiandang.registration")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RegistrationProblemAdvice extends ServiceProblemAdvice {

    @ExceptionHandler(RegistrationException.class)
    public ResponseEntity<ProblemDetail> refused(RegistrationException refused, HttpServletRequest request) {
        RegistrationErrorCode code = refused.code();
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
}

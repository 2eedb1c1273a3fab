package io.jiandang.security.web;

import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals raised inside controllers (the access rules, or method security) into 403 problem documents.
 * Ordered first so that a service's catch-all handler does not turn them into 500s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessRefusedProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusedProblemAdvice.class);

    @ExceptionHandler(AccessRefusedException.class)
    public ResponseEntity<ProblemDetail> accessRefused(AccessRefusedException refused, HttpServletRequest request) {
        log.info("Access refused by rule {} for user {}", refused.rule(), callerId());
        return problem(SecurityProblems.accessRefused(refused.rule().name(), refused.getMessage(), request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException denied, HttpServletRequest request) {
        log.info("Access refused by rule ROLE (method security) for user {}", callerId());
        return problem(SecurityProblems.accessRefused(AccessRefusedException.Rule.ROLE.name(),
                ProblemAccessDeniedHandler.DETAIL, request));
    }

    // the path is not logged: a service might one day carry a personal identifier in it
    private static String callerId() {
        return CurrentActor.find().map(Actor::userId).orElse("(anonymous)");
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package io.jiandang.reporting.register.adapters.in.web;

import io.jiandang.divisions.UnknownDivisionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad questions answer 400/404 problem+json naming the parameter and the rule; ordered before Boot's generic
 * problem-details handler, which would answer a missing parameter without naming the field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportingProblemAdvice {

    @ExceptionHandler(UnknownDivisionException.class)
    public ProblemDetail unknownDivision(UnknownDivisionException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no division has the code " + e.code());
        p.setProperty("field", "division");
        p.setProperty("rule", "known-division");
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badArgument(IllegalArgumentException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setProperty("rule", "well-formed");
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "unreadable " + e.getName());
        p.setProperty("field", e.getName());
        p.setProperty("rule", "well-formed");
        return p;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ProblemDetail missing(MissingServletRequestParameterException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "missing " + e.getParameterName());
        p.setProperty("field", e.getParameterName());
        p.setProperty("rule", "required");
        return p;
    }
}

package io.jiandang.exit.common.api;

import java.util.List;
import java.util.Objects;

/**
 * A business rule of the exit service refused a command. Carries a typed {@link ExitErrorCode}, the criteria
 * that failed (when the refusal is about criteria) and, for invalid input, the field at fault.
 */
public class ExitException extends RuntimeException {

    private final ExitErrorCode code;
    private final List<FailedCriterion> failedCriteria;
    private final String field;

    public ExitException(ExitErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public ExitException(ExitErrorCode code, String message, List<FailedCriterion> failedCriteria) {
        this(code, message, failedCriteria, null);
    }

    public ExitException(ExitErrorCode code, String message, List<FailedCriterion> failedCriteria, String field) {
        // no stack trace: these are expected answers, not faults
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.failedCriteria = List.copyOf(failedCriteria);
        this.field = field;
    }

    public static ExitException invalid(ExitErrorCode code, String field, String message) {
        return new ExitException(code, message, List.of(), field);
    }

    public ExitErrorCode code() {
        return code;
    }

    public List<FailedCriterion> failedCriteria() {
        return failedCriteria;
    }

    /** The input field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}

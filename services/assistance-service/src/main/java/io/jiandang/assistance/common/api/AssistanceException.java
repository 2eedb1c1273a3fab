package io.jiandang.assistance.common.api;

import java.util.Objects;

/**
 * A business rule of the assistance service refused a command. Carries a typed {@link AssistanceErrorCode}
 * and, for invalid input, the field and rule at fault (e.g. {@code amounts.WAGES},
 * {@code NOT_NEGATIVE}). Messages never contain an ID number.
 */
public class AssistanceException extends RuntimeException {

    private final AssistanceErrorCode code;
    private final String field;
    private final String rule;

    public AssistanceException(AssistanceErrorCode code, String message) {
        this(code, message, null, null);
    }

    public AssistanceException(AssistanceErrorCode code, String message, String field, String rule) {
        // no stack trace: these are expected answers, not faults, and are thrown on every refused command
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.rule = rule;
    }

    public AssistanceErrorCode code() {
        return code;
    }

    /** The input field at fault, or {@code null}. */
    public String field() {
        return field;
    }

    /** The rule the field broke, or {@code null}. */
    public String rule() {
        return rule;
    }
}

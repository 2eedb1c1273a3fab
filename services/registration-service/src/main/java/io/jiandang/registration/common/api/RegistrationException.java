package io.jiandang.registration.common.api;

import java.util.Objects;

/**
 * A business rule of the registration service refused a command. Carries a typed {@link RegistrationErrorCode}
 * and, for invalid input, the field and rule at fault (e.g. {@code members[0].idNumber},
 * {@code GB11643_CHECK_DIGIT}). Messages never contain an ID number.
 */
public class RegistrationException extends RuntimeException {

    private final RegistrationErrorCode code;
    private final String field;
    private final String rule;

    public RegistrationException(RegistrationErrorCode code, String message) {
        this(code, message, null, null);
    }

    public RegistrationException(RegistrationErrorCode code, String message, String field, String rule) {
        // no stack trace: these are expected answers, not faults, and are thrown on every refused command
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.rule = rule;
    }

    public RegistrationErrorCode code() {
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

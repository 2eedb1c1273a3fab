package io.jiandang.relapse.common.api;

import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.divisions.DivisionLevel;

import java.util.Objects;

/**
 * A business rule of the relapse service refused a command. Carries a typed {@link RelapseErrorCode}; for invalid
 * input the field and rule at fault; for a refusal by the procedure the step expected next and the level whose
 * officers may take it, so the caller learns what to do and who may do it. Messages never quote personal data.
 */
public class RelapseException extends RuntimeException {

    private final RelapseErrorCode code;
    private final String field;
    private final String rule;
    private final RelapseStep expectedStep;
    private final DivisionLevel expectedLevel;

    public RelapseException(RelapseErrorCode code, String message) {
        this(code, message, null, null, null, null);
    }

    public RelapseException(RelapseErrorCode code, String message, String field, String rule) {
        this(code, message, field, rule, null, null);
    }

    public RelapseException(RelapseErrorCode code, String message, String field, String rule,
                            RelapseStep expectedStep, DivisionLevel expectedLevel) {
        // no stack trace: these are expected answers, not faults, and are thrown on every refused command
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.rule = rule;
        this.expectedStep = expectedStep;
        this.expectedLevel = expectedLevel;
    }

    /** A refusal by the procedure: the step expected next and who may take it. */
    public static RelapseException procedure(RelapseErrorCode code, String message, RelapseStep expectedStep,
                                             DivisionLevel expectedLevel) {
        return new RelapseException(code, message, null, null, expectedStep, expectedLevel);
    }

    public RelapseErrorCode code() {
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

    /** The step the case expects next, or {@code null} when the refusal is not about the order of steps. */
    public RelapseStep expectedStep() {
        return expectedStep;
    }

    /** The level whose officers may take the expected step, or {@code null}. */
    public DivisionLevel expectedLevel() {
        return expectedLevel;
    }
}

package io.jiandang.reporting.cycle.domain;

/** A refused update-cycle request, naming the field and the rule (answered as 409/400 problem+json). */
public class UpdateCycleException extends RuntimeException {

    private final String field;
    private final String rule;

    public UpdateCycleException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}

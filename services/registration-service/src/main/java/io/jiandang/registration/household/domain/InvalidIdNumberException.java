package io.jiandang.registration.household.domain;

import java.util.Objects;

/** A resident ID number broke a rule of GB 11643. The message names the rule only, never the number. */
public class InvalidIdNumberException extends IllegalArgumentException {

    private final IdNumberRule rule;

    public InvalidIdNumberException(IdNumberRule rule) {
        super("The resident ID number breaks " + rule);
        this.rule = Objects.requireNonNull(rule);
    }

    public IdNumberRule rule() {
        return rule;
    }
}

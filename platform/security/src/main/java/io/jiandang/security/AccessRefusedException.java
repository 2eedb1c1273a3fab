package io.jiandang.security;

import java.util.Objects;

/**
 * An actor tried something its role, level or jurisdiction (管辖范围) does not allow. Plain Java so that
 * aggregates and policies can throw it; the web layer turns it into a 403 problem naming the {@link Rule}.
 * Messages name roles, levels and division codes, never a person's ID number or a token.
 */
public class AccessRefusedException extends RuntimeException {

    /** Which access rule refused the action; the problem response carries it as {@code rule}. */
    public enum Rule {
        /** The actor's role may not take this action. */
        ROLE,
        /** The actor's division level may not take this step. */
        LEVEL,
        /** The division acted on lies outside the actor's jurisdiction. */
        JURISDICTION
    }

    private final Rule rule;

    public AccessRefusedException(Rule rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Rule rule() {
        return rule;
    }
}

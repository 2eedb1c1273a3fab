package io.jiandang.security;

import io.jiandang.divisions.DivisionLevel;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The three access checks every capability combines: who may act (role), at which level of the five
 * (level), and where (jurisdiction: the division's code starts with the actor's code prefix). Plain Java so
 * that domain code can call it; each check throws {@link AccessRefusedException} naming the rule.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** Refuses unless the actor holds one of the given roles. */
    public static void requireRole(Actor actor, Role... allowed) {
        if (Arrays.asList(allowed).contains(actor.role())) {
            return;
        }
        throw new AccessRefusedException(AccessRefusedException.Rule.ROLE,
                "Role " + actor.role() + " may not do this; allowed: " + names(allowed));
    }

    /** Refuses unless the actor works at one of the given division levels. */
    public static void requireLevel(Actor actor, DivisionLevel... allowed) {
        if (Arrays.asList(allowed).contains(actor.level())) {
            return;
        }
        throw new AccessRefusedException(AccessRefusedException.Rule.LEVEL,
                "Level " + actor.level() + " may not do this; allowed: " + names(allowed));
    }

    /** Refuses unless the division (a household's village code, a county, ...) lies in the actor's jurisdiction. */
    public static void requireCovers(Actor actor, String divisionCode) {
        if (actor.covers(divisionCode)) {
            return;
        }
        throw new AccessRefusedException(AccessRefusedException.Rule.JURISDICTION,
                "Division " + divisionCode + " is outside the jurisdiction of " + actor.level() + " "
                        + actor.divisionCode());
    }

    /** An information officer (扶贫信息员) at one of the given levels, inside whose jurisdiction the division lies. */
    public static void requireOfficerCovering(Actor actor, String divisionCode, DivisionLevel... levels) {
        requireRole(actor, Role.INFORMATION_OFFICER);
        requireLevel(actor, levels);
        requireCovers(actor, divisionCode);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}

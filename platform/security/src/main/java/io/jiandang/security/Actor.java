package io.jiandang.security;

import io.jiandang.divisions.DivisionLevel;

import java.util.Objects;

/**
 * Who acts: the authenticated caller as the domain sees it. Plain Java on purpose, so that commands and
 * aggregates can carry and check it without depending on Spring Security.
 *
 * @param userId       the subject of the caller's token
 * @param role         the caller's role
 * @param level        the division level the caller works at
 * @param divisionCode the code of the caller's division (6 digits down to county, 12 below)
 */
public record Actor(String userId, Role role, DivisionLevel level, String divisionCode) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(divisionCode, "divisionCode");
    }

    /** The code prefix every division inside this caller's jurisdiction starts with. */
    public String jurisdictionPrefix() {
        return divisionCode.substring(0, Math.min(level.significantDigits(), divisionCode.length()));
    }

    /** The jurisdiction rule: a division is the caller's when its code starts with the caller's prefix. */
    public boolean covers(String otherDivisionCode) {
        return otherDivisionCode != null && otherDivisionCode.startsWith(jurisdictionPrefix());
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    public boolean isOfficerAt(DivisionLevel expected) {
        return role == Role.INFORMATION_OFFICER && level == expected;
    }
}

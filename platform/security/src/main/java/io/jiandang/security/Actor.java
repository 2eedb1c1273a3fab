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

    /**
     * Whether the division code has the shape of a code at this actor's level: 6 digits for the region, a
     * city or a county, 12 for a township or a village, and zeros after the level's significant digits
     * (450000, 451200, 451227, 451227100000, 451227100001), the level's own digits not all zero.
     * A token whose code fails this is refused.
     */
    public boolean hasWellFormedDivisionCode() {
        int expectedLength = level.significantDigits() <= 6 ? 6 : 12;
        if (divisionCode.length() != expectedLength || !divisionCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int own = level.significantDigits();
        int segmentStart = level.ordinal() == 0 ? 0 : DivisionLevel.values()[level.ordinal() - 1].significantDigits();
        boolean levelSegmentSet = divisionCode.substring(segmentStart, own).chars().anyMatch(c -> c != '0');
        boolean restZero = divisionCode.substring(own).chars().allMatch(c -> c == '0');
        return levelSegmentSet && restZero;
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    public boolean isOfficerAt(DivisionLevel expected) {
        return role == Role.INFORMATION_OFFICER && level == expected;
    }
}

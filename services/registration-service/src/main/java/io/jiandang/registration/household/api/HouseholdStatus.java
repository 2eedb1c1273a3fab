package io.jiandang.registration.household.api;

/** Where a household stands in identification and registration. */
public enum HouseholdStatus {
    /** Surveyed and scored; not (yet) below a cut-off line. */
    SURVEYED,
    /** Below its county's cut-off line: in the registration procedure. */
    CANDIDATE,
    /** The procedure ended without registration. */
    REJECTED,
    /** A veto was found before registration. */
    VETOED,
    /** Registered (建档立卡). */
    REGISTERED,
    /** Removed from the register (剔除). */
    REMOVED
}

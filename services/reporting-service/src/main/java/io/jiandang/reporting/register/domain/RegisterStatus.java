package io.jiandang.reporting.register.domain;

/**
 * A household's place in the consolidated register (建档立卡户) on a given date. Tracking and observation are
 * not events of their own: they follow from the exit's end dates and the date asked about.
 */
public enum RegisterStatus {
    /** Surveyed (入户调查) and scored, neither a candidate nor registered yet. */
    SURVEYED,
    /** At or below its county's cut-off line (分数线), in the registration procedure. */
    CANDIDATE,
    /** Vetoed or rejected before registration: surveyed, never registered. */
    NOT_REGISTERED,
    /** Registered (建档立卡) and poor. */
    REGISTERED,
    /** Exited (脱贫, 销号) and past its observation year. */
    EXITED,
    /** Exited, within the two years of tracking support (扶上马送一程). */
    IN_TRACKING,
    /** Exited, within the year of observation that follows tracking. */
    IN_OBSERVATION,
    /** Poor again after an approved relapse (返贫). */
    RELAPSED,
    /** Removed from the register (剔除). */
    REMOVED;

    /** Whether a household in this status counts in the poor population (贫困人口). */
    public boolean isPoor() {
        return this == REGISTERED || this == RELAPSED;
    }
}

package io.jiandang.exit.facts.domain;

/** Where a household stands in the register, as the exit context sees it from the topics. */
public enum PovertyStatus {
    /** Surveyed (counted in the rural population), not registered as poor. */
    SURVEYED,
    /** Registered as poor (建档立卡). */
    REGISTERED,
    /** Removed from the register (剔除). */
    REMOVED,
    /** Exited (脱贫销号). */
    EXITED,
    /** Poor again after a relapse (返贫). */
    POOR_AGAIN;

    /** Whether the household counts among the poor (and may be assessed for exit). */
    public boolean isPoor() {
        return this == REGISTERED || this == POOR_AGAIN;
    }
}

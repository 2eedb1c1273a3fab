package io.jiandang.divisions;

/**
 * The five levels of administrative division (行政区划) at which information officers work.
 *
 * <p>Codes are GB/T 2260 (6 digits) down to the county and NBS statistical codes (12 digits) below it;
 * a level's jurisdiction is the prefix of {@link #significantDigits()} digits that every code inside it
 * shares (Guangxi 45…, Hechi 4512…, Bama 451227…, a township 451227101…, a village all 12).
 */
public enum DivisionLevel {
    /** 自治区 / 省 */
    REGION(2),
    /** 设区市 */
    CITY(4),
    /** 县 / 区 / 县级市 */
    COUNTY(6),
    /** 乡镇 / 街道 */
    TOWNSHIP(9),
    /** 行政村 / 社区 */
    VILLAGE(12);

    private final int significantDigits;

    DivisionLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    public int significantDigits() {
        return significantDigits;
    }

    /** The level one step further from the region, or {@code null} below the village. */
    public DivisionLevel below() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** Whether this level is the given one or above it (closer to the region). */
    public boolean isAtOrAbove(DivisionLevel other) {
        return ordinal() <= other.ordinal();
    }
}

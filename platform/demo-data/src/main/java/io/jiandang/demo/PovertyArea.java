package io.jiandang.demo;

/** Kinds of area a household lives in, with the share of the poor in each (2017 report; they overlap). */
public enum PovertyArea {
    /** 革命老区 */
    OLD_REVOLUTIONARY_BASE(85.6),
    /** 石山地区 */
    ROCKY_MOUNTAIN(49.6),
    /** 少数民族地区 */
    MINORITY(21.4),
    /** 边境地区 */
    BORDER(8.7),
    /** 库区移民 */
    RESERVOIR_RESETTLEMENT(5.9);

    private final double sharePercent;

    PovertyArea(double sharePercent) {
        this.sharePercent = sharePercent;
    }

    public double sharePercent() {
        return sharePercent;
    }
}

package io.jiandang.contracts.registration;

/** Kinds of area a household lives in; a household can be in several. */
public enum PovertyArea {
    /** 革命老区 */
    OLD_REVOLUTIONARY_BASE,
    /** 石山地区 */
    ROCKY_MOUNTAIN,
    /** 少数民族地区 */
    MINORITY,
    /** 边境地区 */
    BORDER,
    /** 库区移民 */
    RESERVOIR_RESETTLEMENT
}

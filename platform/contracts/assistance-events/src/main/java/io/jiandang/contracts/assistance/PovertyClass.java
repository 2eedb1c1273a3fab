package io.jiandang.contracts.assistance;

/** The class of a poor household by its score (lower score = poorer), from the least to the most poor. */
public enum PovertyClass {
    /** 一般贫困. */
    GENERAL,
    /** 中等贫困. */
    MEDIUM,
    /** 特别贫困. */
    SPECIAL,
    /** 极端贫困. */
    EXTREME
}

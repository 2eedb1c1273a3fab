package io.jiandang.contracts.assistance;

import java.math.BigDecimal;

/**
 * The score thresholds of the poverty classes (policy data). A household whose score is below
 * {@code extremeBelow} is EXTREME, else below {@code specialBelow} SPECIAL, else below {@code mediumBelow}
 * MEDIUM, else GENERAL. The thresholds rise: {@code extremeBelow <= specialBelow <= mediumBelow}.
 */
public record PovertyClassThresholds(BigDecimal extremeBelow, BigDecimal specialBelow, BigDecimal mediumBelow) {
}

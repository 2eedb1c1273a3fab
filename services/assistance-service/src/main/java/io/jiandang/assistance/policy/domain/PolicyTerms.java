package io.jiandang.assistance.policy.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassThresholds;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One version of the assistance policy as the rules use it: how many households one cadre may take, which
 * class a score falls in, and the assistance standard of each class. Validated on construction.
 */
public record PolicyTerms(int version, int householdsPerCadre, PovertyClassThresholds thresholds,
                          Map<PovertyClass, BigDecimal> standardPerHousehold) {

    public PolicyTerms {
        if (version < 1) {
            throw invalid("version", "POSITIVE", "The version starts at 1");
        }
        if (householdsPerCadre < 1) {
            throw invalid("householdsPerCadre", "POSITIVE", "A cadre must be allowed at least one household");
        }
        if (thresholds == null || thresholds.extremeBelow() == null || thresholds.specialBelow() == null
                || thresholds.mediumBelow() == null) {
            throw invalid("thresholds", "ALL_CLASSES", "Every threshold (extreme, special, medium) is required");
        }
        if (thresholds.extremeBelow().compareTo(thresholds.specialBelow()) > 0
                || thresholds.specialBelow().compareTo(thresholds.mediumBelow()) > 0) {
            throw invalid("thresholds", "RISING",
                    "The thresholds must rise: extremeBelow <= specialBelow <= mediumBelow");
        }
        if (standardPerHousehold == null || !standardPerHousehold.keySet().containsAll(java.util.List.of(PovertyClass.values()))) {
            throw invalid("standardPerHousehold", "ALL_CLASSES", "A standard is required for every poverty class");
        }
        if (standardPerHousehold.values().stream().anyMatch(v -> v == null || v.signum() < 0)) {
            throw invalid("standardPerHousehold", "NOT_NEGATIVE", "A standard cannot be negative");
        }
        standardPerHousehold = Map.copyOf(new EnumMap<>(standardPerHousehold));
    }

    public static PolicyTerms of(AssistancePolicyPublishedEvent event) {
        return new PolicyTerms(event.version(), event.householdsPerCadre(), event.thresholds(),
                event.standardPerHousehold());
    }

    /** The class of a score (lower = poorer). */
    public PovertyClass classOf(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        if (score.compareTo(thresholds.extremeBelow()) < 0) {
            return PovertyClass.EXTREME;
        }
        if (score.compareTo(thresholds.specialBelow()) < 0) {
            return PovertyClass.SPECIAL;
        }
        if (score.compareTo(thresholds.mediumBelow()) < 0) {
            return PovertyClass.MEDIUM;
        }
        return PovertyClass.GENERAL;
    }

    public BigDecimal standardOf(PovertyClass povertyClass) {
        return standardPerHousehold.get(povertyClass);
    }

    private static AssistanceException invalid(String field, String rule, String message) {
        return new AssistanceException(AssistanceErrorCode.POLICY_INVALID, message, field, rule);
    }
}

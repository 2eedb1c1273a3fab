package io.jiandang.contracts.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A version of the assistance policy (policy data) was published by a policy administrator. It replaces the
 * previous version from {@code effectiveFrom}; earlier decisions keep the version they were made under.
 *
 * @param divisionCode          the region's code (450000)
 * @param version               the policy version, 1, 2, ...
 * @param effectiveFrom         the business date the version holds from
 * @param householdsPerCadre    the most households one cadre may be paired with at a time
 * @param thresholds            the score thresholds of the poverty classes
 * @param standardPerHousehold  the yearly assistance investment standard per household of each class (yuan)
 */
public record AssistancePolicyPublishedEvent(String divisionCode, int version, LocalDate effectiveFrom,
                                             int householdsPerCadre, PovertyClassThresholds thresholds,
                                             Map<PovertyClass, BigDecimal> standardPerHousehold)
        implements AssistanceEvent {
}

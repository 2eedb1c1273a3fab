package io.jiandang.contracts.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A household's poverty class (一般/中等/特别/极端贫困) was set or changed, because its score changed or a new
 * policy version moved the thresholds.
 *
 * @param previousClass        the class before, or {@code null} for the household's first class
 * @param povertyClass         the class from {@code changedOn}
 * @param score                the household's score the class was derived from (lower = poorer)
 * @param policyVersion        the assistance policy version whose thresholds were applied
 * @param standardPerHousehold the yearly assistance investment standard of the class under that version (yuan)
 * @param changedOn            the business date of the change
 */
public record PovertyClassChangedEvent(String householdId, String divisionCode, PovertyClass previousClass,
                                       PovertyClass povertyClass, BigDecimal score, int policyVersion,
                                       BigDecimal standardPerHousehold, LocalDate changedOn)
        implements HouseholdAssistanceEvent {
}

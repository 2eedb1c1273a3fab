package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.HouseholdTimeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the consolidated register keeps its households' timelines and the policies' class thresholds. */
public interface RegisterStore {

    Optional<HouseholdTimeline> find(String householdId);

    void save(HouseholdTimeline timeline);

    /** Households in a division of any level (region, city, county, township, village), by an equality lookup. */
    List<HouseholdTimeline> within(String divisionCode);

    void saveClassThresholds(int policyVersion, Map<String, BigDecimal> thresholds);

    Map<Integer, Map<String, BigDecimal>> classThresholds();
}

package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.ExitPlanTargets;
import io.jiandang.reporting.register.domain.HouseholdTimeline;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the consolidated register keeps its households' timelines and the policies' class thresholds. */
public interface RegisterStore {

    Optional<HouseholdTimeline> find(String householdId);

    void save(HouseholdTimeline timeline);

    /** The timelines of these households that exist, by household id (a store may read them in one query). */
    default Map<String, HouseholdTimeline> findAll(Collection<String> householdIds) {
        Map<String, HouseholdTimeline> found = new LinkedHashMap<>();
        for (String id : householdIds) {
            find(id).ifPresent(t -> found.put(id, t));
        }
        return found;
    }

    /** Saves these timelines (a store may write them in one bulk write). */
    default void saveAll(Collection<HouseholdTimeline> timelines) {
        timelines.forEach(this::save);
    }

    /** Households in a division of any level (region, city, county, township, village), by an equality lookup. */
    List<HouseholdTimeline> within(String divisionCode);

    void saveClassThresholds(int policyVersion, Map<String, BigDecimal> thresholds);

    Map<Integer, Map<String, BigDecimal>> classThresholds();

    /** Keeps an exit plan's county targets (idempotent by the plan's event id). */
    void saveExitPlan(ExitPlanTargets plan);

    /** Every exit plan kept, of every year. */
    List<ExitPlanTargets> exitPlans();
}

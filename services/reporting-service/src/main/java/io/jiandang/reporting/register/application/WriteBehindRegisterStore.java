package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.ExitPlanTargets;
import io.jiandang.reporting.register.domain.HouseholdTimeline;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A batch's view of the register: the households the batch names are read in one query ({@link #preload}), the
 * projection then reads and changes them in memory, and {@link #flush()} writes the changed ones in one bulk write.
 * A household the batch did not name (an event applied from the ledger's parked ones) is read on demand.
 * Policies and exit plans are rare and written through at once. Queries of a whole division are not for batches.
 */
public final class WriteBehindRegisterStore implements RegisterStore {

    private final RegisterStore store;
    private final Map<String, Optional<HouseholdTimeline>> known = new HashMap<>();
    private final Map<String, HouseholdTimeline> changed = new LinkedHashMap<>();
    private boolean referenceDataChanged;

    public WriteBehindRegisterStore(RegisterStore store) {
        this.store = store;
    }

    /** Reads these households (one query) so that the batch finds them in memory. */
    public void preload(Collection<String> householdIds) {
        List<String> missing = householdIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        Map<String, HouseholdTimeline> found = store.findAll(missing);
        missing.forEach(id -> known.put(id, Optional.ofNullable(found.get(id))));
    }

    @Override
    public Optional<HouseholdTimeline> find(String householdId) {
        return known.computeIfAbsent(householdId, store::find);
    }

    @Override
    public void save(HouseholdTimeline timeline) {
        known.put(timeline.householdId(), Optional.of(timeline));
        changed.put(timeline.householdId(), timeline);
    }

    /** The timelines changed since the last flush, in the order first changed. */
    public Collection<HouseholdTimeline> changed() {
        return List.copyOf(changed.values());
    }

    /** Writes the changed timelines in one bulk write; returns them. */
    public Collection<HouseholdTimeline> flush() {
        Collection<HouseholdTimeline> written = changed();
        store.saveAll(written);
        changed.clear();
        return written;
    }

    /** Whether the batch wrote class thresholds or an exit plan (figures of every division may change). */
    public boolean referenceDataChanged() {
        return referenceDataChanged;
    }

    @Override
    public List<HouseholdTimeline> within(String divisionCode) {
        throw new UnsupportedOperationException("a batch's store answers no division queries");
    }

    @Override
    public void saveClassThresholds(int policyVersion, Map<String, BigDecimal> thresholds) {
        referenceDataChanged = true;
        store.saveClassThresholds(policyVersion, thresholds);
    }

    @Override
    public Map<Integer, Map<String, BigDecimal>> classThresholds() {
        return store.classThresholds();
    }

    @Override
    public void saveExitPlan(ExitPlanTargets plan) {
        referenceDataChanged = true;
        store.saveExitPlan(plan);
    }

    @Override
    public List<ExitPlanTargets> exitPlans() {
        return store.exitPlans();
    }
}

package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.ExitPlanTargets;
import io.jiandang.reporting.register.domain.HouseholdTimeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The households of the divisions someone watches live (the dashboard's subscriptions), held in memory and kept up
 * to date from the timelines the projection writes, so that a division's figures are computed without reading the
 * read model again: a watched division is read once when first watched, then each batch the projection writes
 * replaces the timelines it changed. Class thresholds and exit plans (a handful of documents) are read again only
 * when a batch changed them. The figures are those {@link StatisticsService} computes from the store, because they
 * come from the same timelines through the same calculator ({@link #asStore()}).
 *
 * <p>Thread-safe: the projection updates it, the pusher and subscribers read it.
 */
public final class LiveRegister {

    private final RegisterStore source;
    /** Watched division code → (household id → timeline), with how many watch it. */
    private final Map<String, Map<String, HouseholdTimeline>> divisions = new HashMap<>();
    private final Map<String, Integer> watchers = new HashMap<>();
    private Map<Integer, Map<String, BigDecimal>> thresholds;
    private List<ExitPlanTargets> exitPlans;

    public LiveRegister(RegisterStore source) {
        this.source = source;
    }

    /** Starts keeping the division in memory (read once from the store), or counts one more watcher. */
    public synchronized void watch(String divisionCode) {
        watchers.merge(divisionCode, 1, Integer::sum);
        if (!divisions.containsKey(divisionCode)) {
            divisions.put(divisionCode, load(divisionCode));
        }
    }

    /** One watcher fewer; the division is dropped from memory with its last one. */
    public synchronized void unwatch(String divisionCode) {
        Integer left = watchers.computeIfPresent(divisionCode, (d, n) -> n > 1 ? n - 1 : null);
        if (left == null) {
            divisions.remove(divisionCode);
        }
    }

    /**
     * Takes the timelines a batch wrote to the register; returns the watched divisions they changed. A timeline
     * never loses a fact, so one with fewer facts than the one held (a reload that read a newer state) is ignored.
     */
    public synchronized Set<String> written(Collection<HouseholdTimeline> timelines, boolean referenceDataChanged) {
        Set<String> changed = new LinkedHashSet<>();
        if (referenceDataChanged) {
            thresholds = null;
            exitPlans = null;
            changed.addAll(divisions.keySet());
        }
        for (HouseholdTimeline timeline : timelines) {
            if (timeline.villageCode() == null) {
                continue;
            }
            divisions.forEach((code, households) -> {
                if (contains(code, timeline.villageCode())) {
                    HouseholdTimeline held = households.get(timeline.householdId());
                    if (held == null || held.facts().size() <= timeline.facts().size()) {
                        households.put(timeline.householdId(), timeline);
                        changed.add(code);
                    }
                }
            });
        }
        return changed;
    }

    /** Reads every watched division again (the register switched to a rebuilt version). */
    public synchronized Set<String> reload() {
        thresholds = null;
        exitPlans = null;
        divisions.replaceAll((code, households) -> load(code));
        return Set.copyOf(divisions.keySet());
    }

    public synchronized boolean watches(String divisionCode) {
        return divisions.containsKey(divisionCode);
    }

    /** The register as held in memory, for {@link StatisticsService#statistics(RegisterStore, io.jiandang.security.Actor, String, String, java.time.Instant)}. */
    public RegisterStore asStore() {
        return new RegisterStore() {
            @Override
            public java.util.Optional<HouseholdTimeline> find(String householdId) {
                throw new UnsupportedOperationException("the live register answers division queries only");
            }

            @Override
            public void save(HouseholdTimeline timeline) {
                throw new UnsupportedOperationException("the live register is read-only");
            }

            @Override
            public List<HouseholdTimeline> within(String divisionCode) {
                synchronized (LiveRegister.this) {
                    Map<String, HouseholdTimeline> households = divisions.get(divisionCode);
                    if (households == null) {
                        throw new IllegalStateException("division " + divisionCode + " is not watched");
                    }
                    return new ArrayList<>(households.values());
                }
            }

            @Override
            public void saveClassThresholds(int policyVersion, Map<String, BigDecimal> value) {
                throw new UnsupportedOperationException("the live register is read-only");
            }

            @Override
            public Map<Integer, Map<String, BigDecimal>> classThresholds() {
                synchronized (LiveRegister.this) {
                    if (thresholds == null) {
                        thresholds = source.classThresholds();
                    }
                    return thresholds;
                }
            }

            @Override
            public void saveExitPlan(ExitPlanTargets plan) {
                throw new UnsupportedOperationException("the live register is read-only");
            }

            @Override
            public List<ExitPlanTargets> exitPlans() {
                synchronized (LiveRegister.this) {
                    if (exitPlans == null) {
                        exitPlans = source.exitPlans();
                    }
                    return exitPlans;
                }
            }
        };
    }

    private Map<String, HouseholdTimeline> load(String divisionCode) {
        Map<String, HouseholdTimeline> households = new HashMap<>();
        for (HouseholdTimeline t : source.within(divisionCode)) {
            households.put(t.householdId(), t);
        }
        return households;
    }

    private static boolean contains(String divisionCode, String villageCode) {
        return DivisionCodes.atLevel(villageCode, DivisionCodes.levelOf(divisionCode)).equals(divisionCode);
    }
}

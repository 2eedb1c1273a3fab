package io.jiandang.reporting.register.application;

import io.jiandang.reporting.register.domain.HouseholdTimeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The register held in memory: for projection tests and for rebuilding a snapshot from Kafka, where the facts up
 * to the snapshot's positions are folded without touching the live read model.
 */
public final class InMemoryRegisterStore implements RegisterStore {

    private final Map<String, HouseholdTimeline> households = new TreeMap<>();
    private final Map<Integer, Map<String, BigDecimal>> thresholds = new TreeMap<>();

    @Override
    public Optional<HouseholdTimeline> find(String householdId) {
        return Optional.ofNullable(households.get(householdId));
    }

    @Override
    public void save(HouseholdTimeline timeline) {
        households.put(timeline.householdId(), timeline);
    }

    @Override
    public List<HouseholdTimeline> within(String divisionCode) {
        String prefix = DivisionCodes.prefix(divisionCode);
        return households.values().stream().filter(h -> h.villageCode() != null && h.villageCode().startsWith(prefix)).toList();
    }

    @Override
    public void saveClassThresholds(int policyVersion, Map<String, BigDecimal> value) {
        thresholds.put(policyVersion, Map.copyOf(value));
    }

    @Override
    public Map<Integer, Map<String, BigDecimal>> classThresholds() {
        return Map.copyOf(thresholds);
    }
}

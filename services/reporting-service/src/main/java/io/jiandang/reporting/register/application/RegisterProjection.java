package io.jiandang.reporting.register.application;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.reporting.register.domain.HouseholdTimeline;

import java.util.List;
import java.util.function.Consumer;

/**
 * The consolidated register's projection: every context's events become facts on their household's timeline.
 * Writing a timeline is idempotent (a fact is kept once per event id), so a redelivery after a crash between the
 * store and the ledger changes nothing. Listeners hear which village changed (the live dashboard).
 */
public final class RegisterProjection {

    private final FactReaders readers;
    private final RegisterStore store;
    private final Consumer<String> changedVillages;

    public RegisterProjection(FactReaders readers, RegisterStore store, Consumer<String> changedVillages) {
        this.readers = readers;
        this.store = store;
        this.changedVillages = changedVillages;
    }

    public void apply(EventEnvelope envelope) {
        readers.policyThresholds(envelope).ifPresent(t -> store.saveClassThresholds(t.getKey(), t.getValue()));
        List<ReadFact> facts = readers.read(envelope);
        for (ReadFact read : facts) {
            HouseholdTimeline current = store.find(read.householdId())
                    .orElseGet(() -> HouseholdTimeline.empty(read.householdId(), read.villageCode()));
            HouseholdTimeline next = current.in(read.villageCode()).with(read.fact());
            if (!next.equals(current)) {
                store.save(next);
            }
            if (next.villageCode() != null) {
                changedVillages.accept(next.villageCode());
            }
        }
    }
}

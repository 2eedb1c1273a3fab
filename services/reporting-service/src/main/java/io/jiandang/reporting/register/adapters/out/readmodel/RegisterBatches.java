package io.jiandang.reporting.register.adapters.out.readmodel;

import io.jiandang.envelope.EventEnvelope;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.readmodel.KafkaBatches.Positioned;
import io.jiandang.readmodel.LedgerBatch;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.reporting.register.application.RegisterProjection;
import io.jiandang.reporting.register.application.WriteBehindRegisterStore;
import io.jiandang.reporting.register.domain.HouseholdTimeline;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies a poll's records to a version of the register in a few round trips instead of several per event: the
 * ledger entries of the batch (one query each for cursors, parked events and processed ids) and the households it
 * names (one query) are read, the events are folded in memory through the ledger's rules and the register
 * projection, the changed households are written with one unordered bulk write, then the ledger's changes and the
 * partitions' positions. The rebuild and the live binding both feed the version being built, so a version is fed
 * by one batch at a time.
 */
public final class RegisterBatches {

    /** What a batch wrote: the households changed, and whether class thresholds or exit plans changed. */
    public record Applied(Collection<HouseholdTimeline> households, boolean referenceDataChanged) {
    }

    private final FactReaders readers;

    public RegisterBatches(FactReaders readers) {
        this.readers = readers;
    }

    /**
     * Applies the events (in the order read; {@code event} may be {@code null} for a record that could not be read,
     * whose position still moves on) and returns the households written.
     */
    public Applied apply(RegisterReadModels.Version version, List<Positioned> records) {
        List<EventEnvelope> events = KafkaBatches.events(records);
        synchronized (version) {
            LedgerBatch ledger = version.ledger().batch(events);
            WriteBehindRegisterStore store = new WriteBehindRegisterStore(version.store());
            Set<String> households = new LinkedHashSet<>();
            events.forEach(e -> Stream.of(e.householdId(), e.subject()).filter(id -> id != null).forEach(households::add));
            store.preload(households);
            RegisterProjection projection = new RegisterProjection(readers, store, village -> { });
            for (EventEnvelope event : events) {
                ledger.handle(event, projection::apply);
            }
            Collection<HouseholdTimeline> written = store.flush();
            records.forEach(r -> ledger.position(r.topic(), r.partition(), r.offset() + 1));
            ledger.commit();
            return new Applied(written, store.referenceDataChanged());
        }
    }
}

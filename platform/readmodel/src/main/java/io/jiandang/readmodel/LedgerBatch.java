package io.jiandang.readmodel;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.jiandang.envelope.EventEnvelope;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@link ProjectionLedger}'s rules applied to a whole batch of events in memory: idempotent per aggregate
 * sequence (and per event id for events without one), events beyond a gap parked and applied after the missing
 * event, in order. The ledger entries the batch can touch (its aggregates' cursors and parked events, its
 * unsequenced event ids) are read with one query each when the batch opens; {@link #commit()} writes what changed
 * with unordered bulk writes, and the partitions' next offsets once.
 *
 * <p>As with {@link ProjectionLedger#handle}, the caller writes the projection's documents first and commits the
 * batch after them: a crash in between re-applies the batch on redelivery, which idempotent projections absorb.
 * A batch is for one thread, and nothing else may write the same ledger between its opening and its commit.
 */
public final class LedgerBatch {

    private static final Logger log = LoggerFactory.getLogger(LedgerBatch.class);

    private final ProjectionLedger ledger;
    private final Map<String, Long> lastSequence = new HashMap<>();
    private final Map<String, Document> changedCursors = new LinkedHashMap<>();
    private final Set<String> processedIds = new HashSet<>();
    private final Map<String, Document> newProcessed = new LinkedHashMap<>();
    /** Parked events by aggregate, then by event id (as stored: several may claim one sequence). */
    private final Map<String, Map<String, EventEnvelope>> parked = new HashMap<>();
    private final Map<String, Document> parkedToWrite = new LinkedHashMap<>();
    private final Set<String> parkedToDelete = new LinkedHashSet<>();
    private final Map<String, Document> gapsToWrite = new LinkedHashMap<>();
    private final Set<String> gapsResolvedInStore = new LinkedHashSet<>();
    private final Map<String, Long> positions = new LinkedHashMap<>();
    private final Set<String> loadedAggregates = new HashSet<>();
    private boolean committed;

    LedgerBatch(ProjectionLedger ledger, Collection<EventEnvelope> events) {
        this.ledger = ledger;
        Set<String> aggregates = new LinkedHashSet<>();
        Set<String> unsequenced = new LinkedHashSet<>();
        for (EventEnvelope event : events) {
            if (event.sequence() == null) {
                unsequenced.add(event.id());
            } else {
                aggregates.add(event.subject());
            }
        }
        if (!unsequenced.isEmpty()) {
            for (Document d : ledger.processed().find(Filters.in("_id", unsequenced)).projection(new Document("_id", 1))) {
                processedIds.add(d.getString("_id"));
            }
        }
        if (!aggregates.isEmpty()) {
            for (Document d : ledger.cursors().find(Filters.in("_id", aggregates))) {
                lastSequence.put(d.getString("_id"), d.getLong("lastSequence"));
            }
            for (Document d : ledger.parked().find(Filters.in("aggregateId", aggregates))) {
                parked.computeIfAbsent(d.getString("aggregateId"), a -> new LinkedHashMap<>())
                        .put(d.getString("_id"), ProjectionLedger.unparked(d));
            }
            loadedAggregates.addAll(aggregates);
        }
    }

    /** As {@link ProjectionLedger#handle}, in memory; the event must be one of those the batch was opened with. */
    public ProjectionLedger.Outcome handle(EventEnvelope event, Consumer<EventEnvelope> apply) {
        requireOpen();
        if (event.sequence() == null) {
            if (!processedIds.add(event.id())) {
                return ProjectionLedger.Outcome.DUPLICATE;
            }
            apply.accept(event);
            newProcessed.put(event.id(), new Document("_id", event.id()).append("at", now()));
            return ProjectionLedger.Outcome.APPLIED;
        }
        String aggregate = event.subject();
        if (!loadedAggregates.contains(aggregate)) {
            throw new IllegalArgumentException("event " + event.id() + " was not in the batch when it was opened");
        }
        long last = lastSequence.getOrDefault(aggregate, -1L);
        long sequence = event.sequence();
        if (sequence <= last) {
            return ProjectionLedger.Outcome.DUPLICATE;
        }
        if (sequence > last + 1) {
            park(event, last + 1);
            return ProjectionLedger.Outcome.PARKED_AFTER_GAP;
        }
        applyAndAdvance(event, apply);
        drainParked(aggregate, sequence + 1, apply);
        return ProjectionLedger.Outcome.APPLIED;
    }

    /** The partition's next offset to read, stored at commit (the highest given per partition). */
    public void position(String topic, int partition, long nextOffset) {
        positions.merge(topic + "/" + partition, nextOffset, Math::max);
    }

    /** Writes the batch's ledger changes: cursors, processed ids, parked events, gaps, then the positions. */
    public void commit() {
        requireOpen();
        committed = true;
        BulkUpserts.upsertAll(ledger.cursors(), changedCursors.values());
        BulkUpserts.upsertAll(ledger.processed(), newProcessed.values());
        BulkUpserts.upsertAll(ledger.parked(), parkedToWrite.values());
        if (!parkedToDelete.isEmpty()) {
            ledger.parked().deleteMany(Filters.in("_id", parkedToDelete));
        }
        // gaps stored before the batch and closed by it first, then the batch's own gaps with their state
        if (!gapsResolvedInStore.isEmpty()) {
            ledger.gaps().updateMany(Filters.and(Filters.eq("projection", ledger.projection()),
                    Filters.in("aggregateId", gapsResolvedInStore), Filters.eq("resolved", false)),
                    Updates.combine(Updates.set("resolved", true), Updates.set("resolvedAt", now())));
        }
        BulkUpserts.upsertAll(ledger.gaps(), gapsToWrite.values());
        List<Document> positionDocuments = new ArrayList<>();
        positions.forEach((id, next) -> {
            int slash = id.lastIndexOf('/');
            positionDocuments.add(new Document("_id", id).append("topic", id.substring(0, slash))
                    .append("partition", Integer.parseInt(id.substring(slash + 1))).append("nextOffset", next));
        });
        BulkUpserts.upsertAll(ledger.positionsCollection(), positionDocuments);
    }

    private void applyAndAdvance(EventEnvelope event, Consumer<EventEnvelope> apply) {
        apply.accept(event);
        lastSequence.put(event.subject(), event.sequence());
        changedCursors.put(event.subject(), new Document("_id", event.subject()).append("lastSequence", event.sequence())
                .append("lastEventId", event.id()));
    }

    private void drainParked(String aggregate, long next, Consumer<EventEnvelope> apply) {
        Map<String, EventEnvelope> waiting = parked.getOrDefault(aggregate, Map.of());
        EventEnvelope following = parkedAt(waiting, next);
        while (following != null) {
            applyAndAdvance(following, apply);
            waiting.remove(following.id());
            // it may be stored from an earlier batch even when this batch parked it again: always delete it
            parkedToWrite.remove(following.id());
            parkedToDelete.add(following.id());
            next++;
            following = parkedAt(waiting, next);
        }
        if (waiting.isEmpty()) {
            gapsResolvedInStore.add(aggregate);
            Date at = now();
            for (Document gap : gapsToWrite.values()) {
                if (aggregate.equals(gap.getString("aggregateId")) && !gap.getBoolean("resolved")) {
                    gap.put("resolved", true);
                    gap.put("resolvedAt", at);
                }
            }
        }
    }

    private static EventEnvelope parkedAt(Map<String, EventEnvelope> waiting, long sequence) {
        for (EventEnvelope e : waiting.values()) {
            if (Objects.equals(e.sequence(), sequence)) {
                return e;
            }
        }
        return null;
    }

    private void park(EventEnvelope event, long expected) {
        parked.computeIfAbsent(event.subject(), a -> new LinkedHashMap<>()).put(event.id(), event);
        parkedToDelete.remove(event.id());
        parkedToWrite.put(event.id(), ProjectionLedger.parkedDocument(event));
        String gapId = ledger.projection() + "/" + event.subject() + "/" + expected;
        gapsToWrite.put(gapId, new Document("_id", gapId).append("projection", ledger.projection())
                .append("aggregateId", event.subject()).append("expectedSequence", expected)
                .append("receivedSequence", event.sequence()).append("receivedEventId", event.id())
                .append("detectedAt", now()).append("resolved", false));
        log.warn("Projection {}: aggregate {} expected sequence {} but received {} ({}); parked until the missing event arrives",
                ledger.projection(), event.subject(), expected, event.sequence(), event.type());
    }

    private Date now() {
        return Date.from(ledger.clock().instant());
    }

    private void requireOpen() {
        if (committed) {
            throw new IllegalStateException("the batch is committed");
        }
    }
}

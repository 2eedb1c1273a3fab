package io.jiandang.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventEnvelopeCodec;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one projection has seen, kept in MongoDB beside the projection's documents, so that every event
 * reaches it exactly once in effect and in per-aggregate order.
 *
 * <ul>
 *   <li>Per aggregate, the last applied sequence number: an event at or below it is a duplicate (redelivery,
 *       a re-sent batch, a republish) and is skipped.</li>
 *   <li>An event beyond the next expected sequence reveals a gap: the event is parked, the gap is recorded in
 *       {@value #GAPS} for operators (and a republish of the aggregate can be asked for), and when the missing
 *       event arrives the parked ones are applied after it, in order.</li>
 *   <li>Events without an aggregate are deduplicated on their event id.</li>
 *   <li>Per Kafka partition, the next offset to read, so a rebuild resumes where the data stands (and a wiped
 *       read model starts from the beginning of the topic, whatever the consumer group committed).</li>
 * </ul>
 *
 * <p>MongoDB here has no transactions (mongo-java-server), so the projection's writes and the ledger's are
 * separate: the ledger is written after the projection, and a crash in between re-applies the event on
 * redelivery. Projections therefore write idempotently (set fields, replace documents), never increment.
 */
public final class ProjectionLedger {

    public static final String GAPS = "readmodel_gaps";
    private static final Logger log = LoggerFactory.getLogger(ProjectionLedger.class);

    private final String projection;
    private final MongoCollection<Document> cursors;
    private final MongoCollection<Document> parked;
    private final MongoCollection<Document> processed;
    private final MongoCollection<Document> positions;
    private final MongoCollection<Document> gaps;
    private final Clock clock;

    public ProjectionLedger(MongoDatabase database, String projection, Clock clock) {
        this.projection = projection;
        this.cursors = database.getCollection(projection + "_cursors");
        this.parked = database.getCollection(projection + "_parked");
        this.processed = database.getCollection(projection + "_processed");
        this.positions = database.getCollection(projection + "_positions");
        this.gaps = database.getCollection(GAPS);
        this.clock = clock;
    }

    public String projection() {
        return projection;
    }

    /** What happened to an event handed to {@link #handle}. */
    public enum Outcome { APPLIED, DUPLICATE, PARKED_AFTER_GAP }

    /**
     * Applies the event through {@code apply} if it is new and next in its aggregate's sequence; afterwards
     * applies any parked events that now follow without a gap.
     */
    public Outcome handle(EventEnvelope event, Consumer<EventEnvelope> apply) {
        if (event.sequence() == null) {
            if (processed.find(Filters.eq("_id", event.id())).first() != null) {
                return Outcome.DUPLICATE;
            }
            apply.accept(event);
            processed.replaceOne(Filters.eq("_id", event.id()),
                    new Document("_id", event.id()).append("at", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
            return Outcome.APPLIED;
        }
        String aggregate = event.subject();
        long last = lastSequence(aggregate);
        long sequence = event.sequence();
        if (sequence <= last) {
            return Outcome.DUPLICATE;
        }
        if (sequence > last + 1) {
            park(event, last + 1);
            return Outcome.PARKED_AFTER_GAP;
        }
        applyAndAdvance(event, apply);
        drainParked(aggregate, sequence + 1, apply);
        return Outcome.APPLIED;
    }

    /** The last sequence applied for an aggregate, -1 when none. */
    public long lastSequence(String aggregateId) {
        Document cursor = cursors.find(Filters.eq("_id", aggregateId)).first();
        return cursor == null ? -1 : cursor.getLong("lastSequence");
    }

    /** Open gaps of this projection: aggregates waiting for a missing event. */
    public List<Document> openGaps() {
        return gaps.find(Filters.and(Filters.eq("projection", projection), Filters.eq("resolved", false)))
                .into(new java.util.ArrayList<>());
    }

    public void storePosition(String topic, int partition, long nextOffset) {
        String id = topic + "/" + partition;
        positions.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("topic", topic)
                .append("partition", partition).append("nextOffset", nextOffset), new ReplaceOptions().upsert(true));
    }

    public Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> result = new HashMap<>();
        for (Document d : positions.find()) {
            result.put(new TopicPartition(d.getString("topic"), d.getInteger("partition")), d.getLong("nextOffset"));
        }
        return result;
    }

    private void applyAndAdvance(EventEnvelope event, Consumer<EventEnvelope> apply) {
        apply.accept(event);
        cursors.replaceOne(Filters.eq("_id", event.subject()),
                new Document("_id", event.subject()).append("lastSequence", event.sequence())
                        .append("lastEventId", event.id()), new ReplaceOptions().upsert(true));
    }

    private void drainParked(String aggregate, long next, Consumer<EventEnvelope> apply) {
        Document waiting = parked.find(Filters.and(Filters.eq("aggregateId", aggregate), Filters.eq("sequence", next))).first();
        while (waiting != null) {
            EventEnvelope event = unpark(waiting);
            applyAndAdvance(event, apply);
            parked.deleteOne(Filters.eq("_id", waiting.get("_id")));
            next++;
            waiting = parked.find(Filters.and(Filters.eq("aggregateId", aggregate), Filters.eq("sequence", next))).first();
        }
        if (parked.find(Filters.eq("aggregateId", aggregate)).first() == null) {
            gaps.updateMany(Filters.and(Filters.eq("projection", projection), Filters.eq("aggregateId", aggregate),
                    Filters.eq("resolved", false)), Updates.combine(Updates.set("resolved", true),
                    Updates.set("resolvedAt", Date.from(clock.instant()))));
        }
    }

    private void park(EventEnvelope event, long expected) {
        Document headers = new Document();
        EventEnvelopeCodec.toHeaders(event).forEach(h -> headers.append(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        parked.replaceOne(Filters.eq("_id", event.id()), new Document("_id", event.id())
                .append("aggregateId", event.subject()).append("sequence", event.sequence())
                .append("headers", headers).append("data", new Binary(event.data())), new ReplaceOptions().upsert(true));
        String gapId = projection + "/" + event.subject() + "/" + expected;
        gaps.replaceOne(Filters.eq("_id", gapId), new Document("_id", gapId).append("projection", projection)
                .append("aggregateId", event.subject()).append("expectedSequence", expected)
                .append("receivedSequence", event.sequence()).append("receivedEventId", event.id())
                .append("detectedAt", Date.from(clock.instant())).append("resolved", false), new ReplaceOptions().upsert(true));
        log.warn("Projection {}: aggregate {} expected sequence {} but received {} ({}); parked until the missing event arrives",
                projection, event.subject(), expected, event.sequence(), event.type());
    }

    private static EventEnvelope unpark(Document parkedEvent) {
        Document headers = parkedEvent.get("headers", Document.class);
        return EventEnvelopeCodec.fromHeaders(headers, parkedEvent.get("data", Binary.class).getData());
    }

    /**
     * A batch of events folded in memory under the same rules as {@link #handle}: the ledger entries of the batch's
     * aggregates and event ids are read in one query each, and {@link LedgerBatch#commit()} writes the changes in
     * bulk (for rebuilds and batched live bindings, where per-event round trips are the limit).
     */
    public LedgerBatch batch(java.util.Collection<EventEnvelope> events) {
        return new LedgerBatch(this, events);
    }

    MongoCollection<Document> cursors() {
        return cursors;
    }

    MongoCollection<Document> parked() {
        return parked;
    }

    MongoCollection<Document> processed() {
        return processed;
    }

    MongoCollection<Document> positionsCollection() {
        return positions;
    }

    MongoCollection<Document> gaps() {
        return gaps;
    }

    Clock clock() {
        return clock;
    }

    static Document parkedDocument(EventEnvelope event) {
        Document headers = new Document();
        EventEnvelopeCodec.toHeaders(event).forEach(h -> headers.append(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return new Document("_id", event.id()).append("aggregateId", event.subject()).append("sequence", event.sequence())
                .append("headers", headers).append("data", new Binary(event.data()));
    }

    static EventEnvelope unparked(Document parkedEvent) {
        return unpark(parkedEvent);
    }

    /** Parked events of an aggregate, lowest sequence first (for operators and tests). */
    public List<Long> parkedSequences(String aggregateId) {
        return parked.find(Filters.eq("aggregateId", aggregateId)).sort(Sorts.ascending("sequence"))
                .map(d -> d.getLong("sequence")).into(new java.util.ArrayList<>());
    }
}

package io.jiandang.readmodel;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.testing.mongo.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.jiandang.readmodel.ProjectionLedger.Outcome.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A batch folds events through the ledger's rules exactly as handling them one by one does. */
class LedgerBatchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-10-01T00:00:00Z"), ZoneOffset.UTC);
    private static InMemoryMongo mongo;

    @BeforeAll
    static void startMongoWireServer() {
        mongo = InMemoryMongo.start();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void batchesOfAnySizeLeaveTheSameLedgerAndApplyTheSameEventsInTheSameOrderAsOneByOne() {
        List<EventEnvelope> stream = messyStream(new Random(8));
        Ledgers oneByOne = new Ledgers();
        for (int i = 0; i < stream.size(); i++) {
            oneByOne.ledger.handle(stream.get(i), e -> oneByOne.applied.add(e.id()));
            oneByOne.ledger.storePosition("t", i % 3, i + 1);
        }
        for (int seed = 0; seed < 4; seed++) {
            Random random = new Random(seed);
            Ledgers batched = new Ledgers();
            int from = 0;
            while (from < stream.size()) {
                int to = Math.min(stream.size(), from + 1 + random.nextInt(seed == 0 ? 1 : 12));
                List<EventEnvelope> poll = stream.subList(from, to);
                LedgerBatch batch = batched.ledger.batch(poll);
                for (int i = from; i < to; i++) {
                    batch.handle(stream.get(i), e -> batched.applied.add(e.id()));
                    batch.position("t", i % 3, i + 1);
                }
                batch.commit();
                from = to;
            }
            assertThat(batched.applied).as("applied, batches of seed %d", seed).isEqualTo(oneByOne.applied);
            for (String collection : List.of("_cursors", "_parked", "_processed", "_positions")) {
                assertThat(batched.contents(collection)).as("%s, seed %d", collection, seed).isEqualTo(oneByOne.contents(collection));
            }
            assertThat(batched.gaps()).as("gaps, seed %d", seed).isEqualTo(oneByOne.gaps());
        }
        assertThat(oneByOne.ledger.openGaps()).extracting(d -> d.getString("aggregateId")).containsExactly("h-never");
    }

    @Test
    void aGapOpenedInOneBatchIsClosedByTheMissingEventInALaterOne() {
        Ledgers l = new Ledgers();
        LedgerBatch first = l.ledger.batch(List.of(event("h-1", 0), event("h-1", 2), event("h-1", 3)));
        assertThat(first.handle(event("h-1", 0), e -> l.applied.add(e.id()))).isEqualTo(APPLIED);
        assertThat(first.handle(event("h-1", 2), e -> l.applied.add(e.id()))).isEqualTo(PARKED_AFTER_GAP);
        assertThat(first.handle(event("h-1", 3), e -> l.applied.add(e.id()))).isEqualTo(PARKED_AFTER_GAP);
        first.commit();
        assertThat(l.ledger.openGaps()).hasSize(1);
        assertThat(l.ledger.parkedSequences("h-1")).containsExactly(2L, 3L);

        LedgerBatch second = l.ledger.batch(List.of(event("h-1", 1), event("h-1", 0)));
        assertThat(second.handle(event("h-1", 1), e -> l.applied.add(e.id()))).isEqualTo(APPLIED);
        assertThat(second.handle(event("h-1", 0), e -> l.applied.add(e.id()))).isEqualTo(DUPLICATE);
        second.commit();

        assertThat(l.applied).containsExactly("h-1#0", "h-1#1", "h-1#2", "h-1#3");
        assertThat(l.ledger.lastSequence("h-1")).isEqualTo(3);
        assertThat(l.ledger.parkedSequences("h-1")).isEmpty();
        assertThat(l.ledger.openGaps()).isEmpty();
    }

    @Test
    void anEventParkedAgainByARedeliveryIsDeletedOnceApplied() {
        Ledgers l = new Ledgers();
        LedgerBatch first = l.ledger.batch(List.of(event("h-1", 0), event("h-1", 2)));
        first.handle(event("h-1", 0), e -> l.applied.add(e.id()));
        first.handle(event("h-1", 2), e -> l.applied.add(e.id()));
        first.commit();

        LedgerBatch second = l.ledger.batch(List.of(event("h-1", 2), event("h-1", 1)));
        assertThat(second.handle(event("h-1", 2), e -> l.applied.add(e.id()))).isEqualTo(PARKED_AFTER_GAP);
        assertThat(second.handle(event("h-1", 1), e -> l.applied.add(e.id()))).isEqualTo(APPLIED);
        second.commit();

        assertThat(l.applied).containsExactly("h-1#0", "h-1#1", "h-1#2");
        assertThat(l.ledger.parkedSequences("h-1")).isEmpty();
        assertThat(l.ledger.openGaps()).isEmpty();
    }

    /**
     * Several aggregates interleaved, each with its events shuffled a little (gaps that later close), redelivered
     * runs (duplicates), a gap that never closes, and events without aggregate, some redelivered.
     */
    private static List<EventEnvelope> messyStream(Random random) {
        List<EventEnvelope> stream = new ArrayList<>();
        List<List<EventEnvelope>> perAggregate = new ArrayList<>();
        for (int h = 0; h < 6; h++) {
            List<EventEnvelope> events = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                events.add(event("h-" + h, s));
            }
            for (int swap = 0; swap < 4; swap++) {
                int i = random.nextInt(events.size() - 1);
                events.set(i, events.set(i + 1, events.get(i)));
            }
            events.add(random.nextInt(events.size()), events.get(random.nextInt(events.size())));
            events.add(events.get(3));
            perAggregate.add(events);
        }
        perAggregate.add(new ArrayList<>(List.of(event("h-never", 0), event("h-never", 2), event("h-never", 3))));
        List<EventEnvelope> loose = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            loose.add(new EventEnvelope("loose-" + i, "/jiandang/test", "io.jiandang.test.Loose", null, Instant.EPOCH, null,
                    null, null, null, null, null, "{}".getBytes(StandardCharsets.UTF_8)));
        }
        loose.add(loose.get(2));
        loose.add(loose.get(5));
        perAggregate.add(loose);
        while (perAggregate.stream().anyMatch(l -> !l.isEmpty())) {
            List<EventEnvelope> from = perAggregate.get(random.nextInt(perAggregate.size()));
            if (!from.isEmpty()) {
                stream.add(from.remove(0));
            }
        }
        return stream;
    }

    private static EventEnvelope event(String aggregate, long sequence) {
        return new EventEnvelope(aggregate + "#" + sequence, "/jiandang/test", "io.jiandang.test.Something", aggregate,
                Instant.parse("2016-10-01T00:00:00Z"), sequence, "Household", "451227101201", null, null, null,
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static final class Ledgers {
        final MongoDatabase database = mongo.freshDatabase("batch");
        final ProjectionLedger ledger = new ProjectionLedger(database, "households", CLOCK);
        final List<String> applied = new ArrayList<>();

        List<Document> contents(String suffix) {
            return database.getCollection("households" + suffix).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        }

        List<Document> gaps() {
            return database.getCollection(ProjectionLedger.GAPS).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        }
    }
}

package io.jiandang.readmodel;

import com.mongodb.client.MongoDatabase;
import io.jiandang.envelope.EventEnvelope;
import org.apache.kafka.common.TopicPartition;
import io.jiandang.testing.mongo.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.jiandang.readmodel.ProjectionLedger.Outcome.*;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectionLedgerTest {

    private static InMemoryMongo mongo;
    private MongoDatabase database;
    private ProjectionLedger ledger;
    private final List<String> applied = new ArrayList<>();

    @BeforeAll
    static void startMongoWireServer() {
        mongo = InMemoryMongo.start();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @BeforeEach
    void newDatabase() {
        database = mongo.freshDatabase("ledger");
        ledger = new ProjectionLedger(database, "households", Clock.fixed(Instant.parse("2016-10-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void eventsInSequenceAreAppliedOnce() {
        assertThat(ledger.handle(event("h-1", 0), e -> applied.add(e.id()))).isEqualTo(APPLIED);
        assertThat(ledger.handle(event("h-1", 1), e -> applied.add(e.id()))).isEqualTo(APPLIED);

        assertThat(applied).containsExactly("h-1#0", "h-1#1");
        assertThat(ledger.lastSequence("h-1")).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventIsSkipped() {
        ledger.handle(event("h-1", 0), e -> applied.add(e.id()));

        assertThat(ledger.handle(event("h-1", 0), e -> applied.add(e.id()))).isEqualTo(DUPLICATE);
        assertThat(applied).containsExactly("h-1#0");
    }

    @Test
    void anEventAfterAGapIsParkedAndTheGapReportedUntilTheMissingEventArrives() {
        ledger.handle(event("h-1", 0), e -> applied.add(e.id()));

        assertThat(ledger.handle(event("h-1", 2), e -> applied.add(e.id()))).isEqualTo(PARKED_AFTER_GAP);
        assertThat(ledger.handle(event("h-1", 3), e -> applied.add(e.id()))).isEqualTo(PARKED_AFTER_GAP);
        assertThat(applied).containsExactly("h-1#0");
        assertThat(ledger.openGaps()).singleElement()
                .satisfies(gap -> assertThat(gap.getLong("expectedSequence")).isEqualTo(1L));

        assertThat(ledger.handle(event("h-1", 1), e -> applied.add(e.id()))).isEqualTo(APPLIED);

        assertThat(applied).containsExactly("h-1#0", "h-1#1", "h-1#2", "h-1#3");
        assertThat(ledger.openGaps()).isEmpty();
        assertThat(ledger.parkedSequences("h-1")).isEmpty();
    }

    @Test
    void aggregatesAreTrackedApart() {
        ledger.handle(event("h-1", 0), e -> applied.add(e.id()));

        assertThat(ledger.handle(event("h-2", 0), e -> applied.add(e.id()))).isEqualTo(APPLIED);
        assertThat(ledger.lastSequence("h-2")).isZero();
    }

    @Test
    void anEventWithoutAggregateIsDeduplicatedOnItsId() {
        EventEnvelope loose = new EventEnvelope("e-9", "/jiandang/test", "io.jiandang.test.Loose", null,
                Instant.EPOCH, null, null, null, null, null, null, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(ledger.handle(loose, e -> applied.add(e.id()))).isEqualTo(APPLIED);
        assertThat(ledger.handle(loose, e -> applied.add(e.id()))).isEqualTo(DUPLICATE);
        assertThat(applied).containsExactly("e-9");
    }

    @Test
    void positionsAreStoredWithTheDataAndReadBack() {
        ledger.storePosition("registration.events", 2, 41);
        ledger.storePosition("registration.events", 2, 42);

        assertThat(ledger.positions()).containsEntry(new TopicPartition("registration.events", 2), 42L).hasSize(1);
    }

    @Test
    void bulkUpsertsReplaceByIdempotently() {
        var collection = database.getCollection("views");
        List<org.bson.Document> docs = List.of(new org.bson.Document("_id", "a").append("v", 1),
                new org.bson.Document("_id", "b").append("v", 1));
        BulkUpserts.upsertAll(collection, docs);
        BulkUpserts.upsertAll(collection, List.of(new org.bson.Document("_id", "a").append("v", 2)));

        assertThat(collection.countDocuments()).isEqualTo(2);
        assertThat(collection.find(new org.bson.Document("_id", "a")).first().getInteger("v")).isEqualTo(2);
    }

    private static EventEnvelope event(String aggregate, long sequence) {
        return new EventEnvelope(aggregate + "#" + sequence, "/jiandang/test", "io.jiandang.test.Something", aggregate,
                Instant.parse("2016-10-01T00:00:00Z"), sequence, "Household", "451227101201", null, null, null,
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}

package io.jiandang.reporting.register.adapters.out.readmodel;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.reporting.register.application.AssistanceFactReaders;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.reporting.register.application.MessyRegisterStream;
import io.jiandang.reporting.register.application.RegisterProjection;
import io.jiandang.testing.mongo.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched fold of the rebuild and the live binding ({@link RegisterBatches}) gives the register, its ledger and
 * its positions that the one-by-one fold (ledger, then projection, per event) gives, whatever the batch sizes, with
 * duplicates, out-of-order events and a gap that never closes. MongoDB is an in-memory wire server.
 */
class BatchedRegisterFoldTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static InMemoryMongo mongo;
    private final FactReaders readers = AssistanceFactReaders.registerOn(new FactReaders());

    @BeforeAll
    static void startMongoWireServer() {
        mongo = InMemoryMongo.start();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void batchesOfAnySizeBuildTheRegisterTheOneByOneFoldBuilds() {
        List<EventEnvelope> stream = MessyRegisterStream.events(42);
        MongoDatabase database = mongo.freshDatabase("fold");
        RegisterReadModels models = new RegisterReadModels(database, CLOCK);

        RegisterReadModels.Version oneByOne = models.version(1);
        RegisterProjection projection = new RegisterProjection(readers, oneByOne.store(), village -> { });
        for (int i = 0; i < stream.size(); i++) {
            oneByOne.ledger().handle(stream.get(i), projection::apply);
            oneByOne.ledger().storePosition("registration.events", i % 3, i + 1);
        }
        assertThat(contents(database, "register_v1_households")).hasSize(24);
        assertThat(oneByOne.ledger().parkedSequences("h-7")).containsExactly(3L, 4L);

        RegisterBatches batches = new RegisterBatches(readers);
        for (int seed = 0; seed < 4; seed++) {
            RegisterReadModels.Version batched = models.version(2 + seed);
            Random random = new Random(seed);
            int from = 0;
            while (from < stream.size()) {
                int to = Math.min(stream.size(), from + 1 + random.nextInt(seed == 0 ? 1 : 40));
                List<KafkaBatches.Positioned> poll = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    poll.add(new KafkaBatches.Positioned(stream.get(i), "registration.events", i % 3, i));
                }
                batches.apply(batched, poll);
                from = to;
            }
            String name = "register_v" + batched.number();
            for (String suffix : List.of("_households", "_policies", "_exit_plans", "_cursors", "_parked", "_positions")) {
                assertThat(contents(database, name + suffix)).as("%s%s (seed %d)", name, suffix, seed)
                        .isEqualTo(contents(database, "register_v1" + suffix));
            }
        }
    }

    private static List<String> contents(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).map(Document::toJson).into(new ArrayList<>());
    }
}

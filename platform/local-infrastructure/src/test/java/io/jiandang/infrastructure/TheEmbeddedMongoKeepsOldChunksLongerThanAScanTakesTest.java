package io.jiandang.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The wire server's store keeps unused chunks far longer than H2's 45 s: a full-collection scan iterates a snapshot
 * the store does not know about, and a county's cut-off scan at 1:100 lost its chunks ("Chunk 1391 not found").
 */
class TheEmbeddedMongoKeepsOldChunksLongerThanAScanTakesTest {

    private final Path folder = FreePorts.freshFolder("embedded-mongo-");

    @Test
    void oldChunksAreKeptForFifteenMinutesAndThePageCacheIsAQuarterOfTheHeap() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start("127.0.0.1", 0, folder)) {
            assertThat(Duration.ofMillis(server.retentionMillis())).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
            assertThat(EmbeddedMongoServer.cacheMegabytes())
                    .isGreaterThanOrEqualTo(16)
                    .isGreaterThanOrEqualTo((int) (Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024)));
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                var views = client.getDatabase("registration").getCollection("household_views");
                for (int i = 0; i < 50; i++) {
                    views.insertOne(new Document("_id", "household-" + i).append("countyCode", "450102"));
                }
                assertThat(views.countDocuments(new Document("countyCode", "450102"))).isEqualTo(50);
            }
        }
    }
}

package io.jiandang.reporting.register.adapters.out.readmodel;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.jiandang.readmodel.Scans;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * mongo-java-server answers a find without a batch size in one reply: the region's register at 1:100 came to 78 MB,
 * over the driver's 48 MB limit, and the region's statistics answered 500.
 */
class ADivisionsHouseholdsAreReadInBatchesNotOneReplyTest {

    @Test
    void theRegionsHouseholdsAreAskedForInBatchesOfAThousand() {
        List<BsonDocument> finds = new CopyOnWriteArrayList<>();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.add(event.getCommand().clone());
                }
            }
        };
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .addCommandListener(listener).build())) {
            MongoRegisterStore store = new MongoRegisterStore(client.getDatabase("reporting"), "register_v1");

            assertThat(store.within("450000")).isEmpty();
        } finally {
            server.shutdownNow();
        }
        assertThat(finds).isNotEmpty().allSatisfy(find ->
                assertThat(find.getInt32("batchSize").getValue()).as(find.toJson()).isEqualTo(Scans.BATCH_SIZE));
    }
}

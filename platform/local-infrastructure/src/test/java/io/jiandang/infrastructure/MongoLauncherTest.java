package io.jiandang.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoLauncherTest {

    private final Path folder = FreePorts.freshFolder("mongo-launcher-");
    private final int port = FreePorts.next();
    private LauncherProcess mongo;

    @AfterEach
    void stopMongo() {
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void storesDocumentsThatTheDriverFindsAgainAfterARestartOnTheSameFolder() throws Exception {
        mongo = startMongo();
        assertThat(mongo.address()).isEqualTo("127.0.0.1:" + port);
        try (MongoClient client = MongoClients.create("mongodb://" + mongo.address())) {
            households(client).insertOne(new Document("_id", "household-1").append("village", "450102001001"));
            assertThat(households(client).find(Filters.eq("_id", "household-1")).first())
                    .containsEntry("village", "450102001001");
        }

        mongo.stop(Duration.ofSeconds(30));
        assertThat(mongo.isAlive()).isFalse();
        mongo = startMongo();

        try (MongoClient client = MongoClients.create("mongodb://" + mongo.address())) {
            Document found = households(client).find(Filters.eq("_id", "household-1")).first();
            assertThat(found).isNotNull().containsEntry("village", "450102001001");
        }
    }

    private static MongoCollection<Document> households(MongoClient client) {
        return client.getDatabase("registration").getCollection("households");
    }

    private LauncherProcess startMongo() throws Exception {
        return LauncherProcess.start(MongoLauncher.class,
                List.of("--port", String.valueOf(port), "--data-dir", folder.resolve("mongo").toString()),
                folder.resolve("mongo.log"), "128m", Duration.ofSeconds(60));
    }
}

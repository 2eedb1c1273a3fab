package io.jiandang.testing.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;
import java.util.UUID;

/**
 * A MongoDB wire-protocol server in memory (mongo-java-server) on a free port, with a client connected over TCP:
 * for read-model tests that need a store but not the whole infrastructure. Start one per test class and close it
 * after; each test takes a fresh database.
 */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;

    private InMemoryMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    public static InMemoryMongo start() {
        return new InMemoryMongo();
    }

    public MongoClient client() {
        return client;
    }

    /** A database no other test has used, named from the prefix. */
    public MongoDatabase freshDatabase(String prefix) {
        return client.getDatabase(prefix + "_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}

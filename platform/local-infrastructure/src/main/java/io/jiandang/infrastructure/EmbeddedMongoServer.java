package io.jiandang.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose data lives in one H2 MVStore file. It keeps the
 * library's default server version (5.0): the 5.x Java driver refuses servers below wire version 8.
 * No sessions, transactions or change streams; range queries scan whole collections.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final H2Backend backend;
    private final String host;
    private final int port;

    private EmbeddedMongoServer(MongoServer server, H2Backend backend, String host, int port) {
        this.server = server;
        this.backend = backend;
        this.host = host;
        this.port = port;
    }

    /** Opens (or creates) {@code <dataDirectory>/mongo.mv} and listens on {@code host:port} (0: any free port). */
    public static EmbeddedMongoServer start(String host, int port, Path dataDirectory) throws IOException {
        Path data = dataDirectory.toAbsolutePath();
        Files.createDirectories(data);
        H2Backend backend = new H2Backend(data.resolve("mongo.mv").toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        int boundPort = server.getLocalAddress().getPort();
        log.info("MongoDB wire-protocol server listening on {}:{}, data in {}", host, boundPort, data);
        return new EmbeddedMongoServer(server, backend, host, boundPort);
    }

    public int port() {
        return port;
    }

    public String connectionString() {
        return "mongodb://" + host + ":" + port;
    }

    @Override
    public void close() {
        server.shutdownNow();
        // shutdownNow closes the backend too; committing first is harmless and makes the last writes durable
        // even where it would not
        try {
            backend.commit();
        } catch (RuntimeException alreadyClosed) {
            log.debug("Backend already closed", alreadyClosed);
        }
        backend.close();
    }
}

package io.jiandang.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose data lives in one H2 MVStore file. It keeps the
 * library's default server version (5.0): the 5.x Java driver refuses servers below wire version 8.
 * No sessions, transactions or change streams; range queries scan whole collections.
 *
 * <p>The store is opened with two settings of its own, for those scans:
 * <ul>
 *   <li>a long retention of old chunks ({@link #RETENTION}): a scan iterates a snapshot of the collection without
 *   registering it with the store, so the store may drop the chunks under it once they have been unused for the
 *   retention time (45 s by default). A county's cut-off scanning 113k household views on a busy machine at 1:100
 *   took longer and failed with {@code MVStoreException: Chunk 1391 not found}. Cost: disk, old chunks are kept
 *   that much longer.</li>
 *   <li>a page cache of a quarter of the heap (16 MiB by default), so that repeated scans read decoded pages instead
 *   of the file.</li>
 * </ul>
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    /** How long chunks no longer used are kept: longer than any scan takes. */
    static final Duration RETENTION = Duration.ofMinutes(15);

    private final MongoServer server;
    private final H2Backend backend;
    private final MVStore store;
    private final String host;
    private final int port;

    private EmbeddedMongoServer(MongoServer server, H2Backend backend, MVStore store, String host, int port) {
        this.server = server;
        this.backend = backend;
        this.store = store;
        this.host = host;
        this.port = port;
    }

    /** Opens (or creates) {@code <dataDirectory>/mongo.mv} and listens on {@code host:port} (0: any free port). */
    public static EmbeddedMongoServer start(String host, int port, Path dataDirectory) throws IOException {
        Path data = dataDirectory.toAbsolutePath();
        Files.createDirectories(data);
        MVStore store = new MVStore.Builder().fileName(data.resolve("mongo.mv").toString())
                .cacheSize(cacheMegabytes()).open();
        store.setRetentionTime((int) RETENTION.toMillis());
        H2Backend backend = new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        int boundPort = server.getLocalAddress().getPort();
        log.info("MongoDB wire-protocol server listening on {}:{}, data in {} (page cache {} MiB, old chunks kept {})",
                host, boundPort, data, store.getCacheSize(), RETENTION);
        return new EmbeddedMongoServer(server, backend, store, host, boundPort);
    }

    /** A quarter of the heap, and never below the store's default of 16 MiB. */
    static int cacheMegabytes() {
        return (int) Math.max(16, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));
    }

    /** The store's retention of unused chunks, in milliseconds (for the test). */
    int retentionMillis() {
        return store.getRetentionTime();
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

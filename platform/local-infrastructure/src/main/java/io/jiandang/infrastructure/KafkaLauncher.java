package io.jiandang.infrastructure;

import java.nio.file.Path;

/**
 * Runs a single-node Kafka broker (KRaft) until SIGTERM.
 *
 * <pre>
 * KafkaLauncher [--host 127.0.0.1] [--port 9092] [--controller-port 9093] [--data-dir .jiandang/data/kafka]
 *               [--exit-on-stdin-eof]
 * </pre>
 * Prints {@code READY kafka 127.0.0.1:<port>} on stdout once the broker accepts connections.
 */
public final class KafkaLauncher {

    private KafkaLauncher() {
    }

    public static void main(String[] args) {
        Launchers.configureLogging();
        try {
            run(args);
        } catch (Throwable e) {
            Launchers.fail("kafka", e);
        }
    }

    private static void run(String[] args) throws Exception {
        LauncherArguments arguments = LauncherArguments.parse(args, "exit-on-stdin-eof");
        String host = arguments.string("host", "127.0.0.1");
        int port = arguments.integer("port", 9092);
        int controllerPort = arguments.integer("controller-port", port + 1);
        Path dataDirectory = arguments.path("data-dir", Path.of(".jiandang", "data", "kafka"));

        KafkaBroker broker = new KafkaBroker(host, port, controllerPort, dataDirectory).start();
        Launchers.announceReady("kafka", host, broker.port());
        Launchers.runUntilStopped("kafka", broker, arguments.flag("exit-on-stdin-eof"));
    }
}

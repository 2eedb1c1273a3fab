package io.jiandang.infrastructure;

import java.nio.file.Path;

/**
 * Runs the MongoDB wire-protocol server until SIGTERM.
 *
 * <pre>
 * MongoLauncher [--host 127.0.0.1] [--port 27017] [--data-dir .jiandang/data/mongo] [--exit-on-stdin-eof]
 * </pre>
 * Prints {@code READY mongo 127.0.0.1:<port>} on stdout once it accepts connections.
 */
public final class MongoLauncher {

    private MongoLauncher() {
    }

    public static void main(String[] args) {
        Launchers.configureLogging();
        try {
            run(args);
        } catch (Throwable e) {
            Launchers.fail("mongo", e);
        }
    }

    private static void run(String[] args) throws Exception {
        LauncherArguments arguments = LauncherArguments.parse(args, "exit-on-stdin-eof");
        String host = arguments.string("host", "127.0.0.1");
        int port = arguments.integer("port", 27017);
        Path dataDirectory = arguments.path("data-dir", Path.of(".jiandang", "data", "mongo"));

        EmbeddedMongoServer server = EmbeddedMongoServer.start(host, port, dataDirectory);
        Launchers.announceReady("mongo", host, server.port());
        Launchers.runUntilStopped("mongo", server, arguments.flag("exit-on-stdin-eof"));
    }
}

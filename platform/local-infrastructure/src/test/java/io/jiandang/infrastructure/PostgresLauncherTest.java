package io.jiandang.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostgresLauncherTest {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path folder = FreePorts.freshFolder("postgres-launcher-");
    private LauncherProcess postgres;

    @AfterEach
    void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void createsEachRequestedDatabaseAndKeepsItsDataAcrossARestart() throws Exception {
        int port = FreePorts.next();
        postgres = startPostgres(port, "registration,relapse,assistance,exit");
        assertThat(postgres.port()).isEqualTo(port);
        for (String database : List.of("registration", "relapse", "assistance", "exit")) {
            assertThat(selectOne(port, database)).as(database).isEqualTo(1);
        }
        try (Connection connection = connect(port, "registration"); Statement statement = connection.createStatement()) {
            statement.execute("create table household (id text primary key)");
            statement.execute("insert into household values ('450000000001')");
        }

        postgres.stop(Duration.ofSeconds(60));
        assertThat(postgres.isAlive()).isFalse();
        postgres = startPostgres(port, "registration,relapse,assistance,exit");

        try (Connection connection = connect(port, "registration"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from household")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("450000000001");
        }
    }

    @Test
    void takesTheNextFreePortWhenThePreferredOneIsTakenAndWritesItDown() throws Exception {
        try (ServerSocket occupied = new ServerSocket()) {
            occupied.bind(new InetSocketAddress("127.0.0.1", 0));
            int preferred = occupied.getLocalPort();

            postgres = startPostgres(preferred, "registration");

            assertThat(postgres.port()).isNotEqualTo(preferred).isGreaterThan(preferred);
            assertThat(Files.readString(folder.resolve("postgres.port")).trim()).isEqualTo(String.valueOf(postgres.port()));
            assertThat(selectOne(postgres.port(), "registration")).isEqualTo(1);
        }
    }

    private LauncherProcess startPostgres(int port, String databases) throws Exception {
        return LauncherProcess.start(PostgresLauncher.class,
                List.of("--port", String.valueOf(port), "--data-dir", folder.resolve("postgres").toString(),
                        "--databases", databases),
                folder.resolve("postgres.log"), "128m", READY_TIMEOUT);
    }

    private static int selectOne(int port, String database) throws SQLException {
        try (Connection connection = connect(port, database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "postgres");
    }
}

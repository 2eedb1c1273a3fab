package io.jiandang.testing;

import java.util.Map;

/**
 * Kafka, PostgreSQL and MongoDB for tests, started once per test JVM on free ports and stopped when it ends.
 * Each part starts on first use. By default they are the embedded ones of platform/local-infrastructure
 * (Kafka as a child JVM, data under java.io.tmpdir, i.e. target/tmp); with the system property
 * {@code jiandang.infrastructure=docker} (Maven profile {@code -Pdocker}) they are Testcontainers images,
 * and the tests are skipped when Docker is not available.
 *
 * <pre>
 * &#64;WithInfrastructure
 * &#64;SpringBootTest
 * class HouseholdRegistrationEndToEndTest {
 *     &#64;DynamicPropertySource
 *     static void infrastructure(DynamicPropertyRegistry registry) {
 *         TestInfrastructure.get().springProperties("registration").forEach((k, v) -&gt; registry.add(k, () -&gt; v));
 *     }
 * }
 * </pre>
 */
public interface TestInfrastructure {

    /** The shared infrastructure of this JVM; aborts (skips) the calling test in Docker mode without Docker. */
    static TestInfrastructure get() {
        return TestInfrastructures.get();
    }

    /** host:port of the broker (starts it on first call; does not restart it after {@link #stopKafka()}). */
    String kafkaBootstrapServers();

    /** Stops the broker, keeping its port and data (in Docker mode the container is paused). */
    void stopKafka();

    /** Starts the broker again on the same port with the same data; returns once it accepts connections. */
    void startKafka();

    /** JDBC URL of {@code database}, created if missing (lower-case letters, digits, underscores). */
    String postgresJdbcUrl(String database);

    String postgresUser();

    String postgresPassword();

    /** mongodb://host:port, without a database. */
    String mongoUri();

    /**
     * Connection settings of a service whose PostgreSQL database and MongoDB database are both named
     * {@code database}: spring.datasource.url/username/password, spring.cloud.stream.kafka.binder.brokers,
     * spring.kafka.bootstrap-servers, jiandang.mongodb.uri, jiandang.mongodb.database.
     */
    Map<String, String> springProperties(String database);
}

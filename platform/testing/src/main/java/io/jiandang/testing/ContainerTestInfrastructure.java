package io.jiandang.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same API on real images through Testcontainers (only with {@code jiandang.infrastructure=docker}):
 * Apache Kafka, PostgreSQL, and MongoDB as a single-node replica set. Images can be changed with the system
 * properties {@code jiandang.kafka.image}, {@code jiandang.postgres.image}, {@code jiandang.mongo.image}.
 * Testcontainers' Ryuk removes the containers when the JVM ends.
 */
final class ContainerTestInfrastructure extends AbstractTestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(ContainerTestInfrastructure.class);

    private final Object kafkaLock = new Object();
    private final Object postgresLock = new Object();
    private final Object mongoLock = new Object();
    private KafkaContainer kafka;
    private boolean kafkaPaused;
    private PostgreSQLContainer<?> postgres;
    private MongoDBContainer mongo;

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            log.info("Docker is not available: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        synchronized (kafkaLock) {
            if (kafka == null) {
                KafkaContainer container = new KafkaContainer(
                        DockerImageName.parse(System.getProperty("jiandang.kafka.image", "apache/kafka:3.9.1"))
                                .asCompatibleSubstituteFor("apache/kafka"))
                        .withEnv("KAFKA_NUM_PARTITIONS", "3")
                        .withEnv("KAFKA_LOG_RETENTION_MS", "-1")
                        .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
                container.start();
                kafka = container;
            }
            return kafka.getBootstrapServers();
        }
    }

    /**
     * Pauses the container: a stopped and restarted container would get another host port, and the broker
     * advertises the first one. To clients a paused broker is a broker that does not answer.
     */
    @Override
    void doStopKafka() {
        synchronized (kafkaLock) {
            kafkaBootstrapServers();
            if (!kafkaPaused) {
                DockerClientFactory.instance().client().pauseContainerCmd(kafka.getContainerId()).exec();
                kafkaPaused = true;
            }
        }
    }

    @Override
    void doStartKafka() {
        synchronized (kafkaLock) {
            if (kafka == null) {
                kafkaBootstrapServers();
            } else if (kafkaPaused) {
                DockerClientFactory.instance().client().unpauseContainerCmd(kafka.getContainerId()).exec();
                kafkaPaused = false;
            }
        }
    }

    @Override
    public String postgresJdbcUrl(String database) {
        checkDatabaseName(database);
        PostgreSQLContainer<?> container = postgres();
        synchronized (postgresLock) {
            createDatabaseIfMissing(container.getJdbcUrl(), database);
        }
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
                + "/" + database;
    }

    private void createDatabaseIfMissing(String adminUrl, String database) {
        try (Connection connection = DriverManager.getConnection(adminUrl, postgresUser(), postgresPassword());
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            boolean present;
            try (ResultSet rows = exists.executeQuery()) {
                present = rows.next();
            }
            if (!present) {
                try (Statement create = connection.createStatement()) {
                    // checked by checkDatabaseName: CREATE DATABASE takes no parameters
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public String postgresUser() {
        return "postgres";
    }

    @Override
    public String postgresPassword() {
        return "postgres";
    }

    @Override
    public String mongoUri() {
        synchronized (mongoLock) {
            if (mongo == null) {
                MongoDBContainer container = new MongoDBContainer(
                        DockerImageName.parse(System.getProperty("jiandang.mongo.image", "mongo:7.0"))
                                .asCompatibleSubstituteFor("mongo"));
                container.start();
                mongo = container;
            }
            return mongo.getConnectionString();
        }
    }

    private PostgreSQLContainer<?> postgres() {
        synchronized (postgresLock) {
            if (postgres == null) {
                PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
                        DockerImageName.parse(System.getProperty("jiandang.postgres.image", "postgres:16-alpine"))
                                .asCompatibleSubstituteFor("postgres"))
                        .withDatabaseName("postgres")
                        .withUsername(postgresUser())
                        .withPassword(postgresPassword());
                container.start();
                postgres = container;
            }
            return postgres;
        }
    }
}

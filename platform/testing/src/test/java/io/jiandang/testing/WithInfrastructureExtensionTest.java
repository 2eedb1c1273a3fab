package io.jiandang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

@WithInfrastructure
class WithInfrastructureExtensionTest {

    @Test
    void injectsTheSameInfrastructureThatGetReturns(TestInfrastructure injected) {
        assertThat(injected).isSameAs(TestInfrastructure.get());
    }

    @Test
    void springPropertiesPointAtRunningKafkaPostgresAndMongo() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();

        Map<String, String> properties = infrastructure.springProperties("registration");

        assertThat(properties).containsOnlyKeys("spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "spring.cloud.stream.kafka.binder.brokers",
                "spring.kafka.bootstrap-servers", "jiandang.mongodb.uri", "jiandang.mongodb.database");
        assertThat(properties).containsEntry("jiandang.mongodb.database", "registration")
                .containsEntry("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers())
                .containsEntry("spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrapServers());
        try (Connection connection = DriverManager.getConnection(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("registration");
        }
        try (MongoClient client = MongoClients.create(properties.get("jiandang.mongodb.uri"))) {
            client.getDatabase("registration").getCollection("households").insertOne(new Document("_id", "h-1"));
            assertThat(client.getDatabase("registration").getCollection("households")
                    .find(Filters.eq("_id", "h-1")).first()).isNotNull();
        }
        send(infrastructure.kafkaBootstrapServers(), "infrastructure.check", "v1");
        assertThat(readAll(infrastructure.kafkaBootstrapServers(), "infrastructure.check", 1)).containsExactly("v1");
    }

    @Test
    void createsEachDatabaseOnFirstUseAndKeepsThemApart() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String relapse = infrastructure.postgresJdbcUrl("relapse");
        String assistance = infrastructure.postgresJdbcUrl("assistance");

        assertThat(relapse).endsWith("/relapse");
        assertThat(assistance).endsWith("/assistance");
        assertThat(infrastructure.postgresJdbcUrl("relapse")).isEqualTo(relapse);
        try (Connection connection = connect(relapse); Statement statement = connection.createStatement()) {
            statement.execute("create table relapse_case (id text primary key)");
        }
        try (Connection connection = connect(assistance); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables where table_name = 'relapse_case'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void rejectsDatabaseNamesThatCouldInjectSql() {
        assertThatThrownBy(() -> TestInfrastructure.get().postgresJdbcUrl("x; drop database postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kafkaComesBackOnTheSamePortWithItsRecordsAfterEachStop() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String bootstrapServers = infrastructure.kafkaBootstrapServers();
        send(bootstrapServers, "restart.check", "before");

        for (int round = 1; round <= 2; round++) {
            infrastructure.stopKafka();
            assertThat(accepts(bootstrapServers)).as("broker accepts connections while stopped").isFalse();
            assertThat(infrastructure.kafkaBootstrapServers()).isEqualTo(bootstrapServers);

            infrastructure.startKafka();
            assertThat(accepts(bootstrapServers)).isTrue();
            send(bootstrapServers, "restart.check", "after-" + round);
        }

        assertThat(readAll(bootstrapServers, "restart.check", 3)).containsExactlyInAnyOrder("before", "after-1", "after-2");
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestInfrastructure.get().postgresUser(), TestInfrastructure.get().postgresPassword());
    }

    private static boolean accepts(String bootstrapServers) {
        String[] hostAndPort = bootstrapServers.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1])), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void send(String bootstrapServers, String topic, String value) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    private static List<String> readAll(String bootstrapServers, String topic, int expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}

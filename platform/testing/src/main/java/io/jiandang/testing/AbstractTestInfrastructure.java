package io.jiandang.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/** What both kinds of infrastructure share: the Spring properties and the Kafka state seen by the extension. */
abstract class AbstractTestInfrastructure implements TestInfrastructure {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private volatile boolean kafkaStoppedByATest;

    @Override
    public final void stopKafka() {
        doStopKafka();
        kafkaStoppedByATest = true;
    }

    @Override
    public final void startKafka() {
        doStartKafka();
        kafkaStoppedByATest = false;
    }

    boolean kafkaStoppedByATest() {
        return kafkaStoppedByATest;
    }

    abstract void doStopKafka();

    abstract void doStartKafka();

    @Override
    public Map<String, String> springProperties(String database) {
        checkDatabaseName(database);
        // the broker is the slowest to start: let it boot while PostgreSQL and MongoDB start here
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(this::kafkaBootstrapServers,
                runnable -> {
                    Thread thread = new Thread(runnable, "test-infrastructure-kafka-start");
                    thread.setDaemon(true);
                    thread.start();
                });
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgresJdbcUrl(database));
        properties.put("spring.datasource.username", postgresUser());
        properties.put("spring.datasource.password", postgresPassword());
        properties.put("jiandang.mongodb.uri", mongoUri());
        properties.put("jiandang.mongodb.database", database);
        String bootstrapServers;
        try {
            bootstrapServers = kafka.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        properties.put("spring.cloud.stream.kafka.binder.brokers", bootstrapServers);
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        return Collections.unmodifiableMap(properties);
    }

    static String checkDatabaseName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database names are lower-case letters, digits and underscores: " + database);
        }
        return database;
    }
}

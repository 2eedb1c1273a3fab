package io.jiandang.eventing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.eventing.publisher.EventEnvelopeFactory;
import io.jiandang.eventing.publisher.HouseholdOrdering;
import io.jiandang.eventing.publisher.KafkaEventPublisher;
import io.jiandang.eventing.publisher.RepublishEndpoint;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * Wires every command-side service the same way: Axon's JDBC event store on the service's PostgreSQL
 * database (schema by Flyway, {@code db/migration/axon}), Jackson serialization, the metadata that travels
 * from command to event, and the Kafka publisher as a tracking processor over the event store.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@EnableConfigurationProperties({EventingProperties.class, KafkaProperties.class})
public class EventingAutoConfiguration {

    /** Copies who acted, the correlation id and the business date from each command to its events. */
    @Bean
    public CorrelationDataProvider actorAndBusinessDateProvider() {
        return new SimpleCorrelationDataProvider(EventMetadata.PROPAGATED_KEYS);
    }

    /**
     * Axon's origin provider under other keys: {@code correlationId} is the request's (ours), the message
     * that caused an event is its {@code causationId}.
     */
    @Bean
    public CorrelationDataProvider causationProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    /**
     * The JDBC storage engine, built here rather than by Axon's auto-configuration for the gap timeout: a
     * transaction that inserted an event but commits later than this is skipped by tracking processors.
     */
    @Bean
    @ConditionalOnMissingBean(EventStorageEngine.class)
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventingProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .build();
    }

    /**
     * Every event processor propagates handler errors, so that a failing handler stops and retries its
     * batch from the stored position instead of logging and moving past the event (Axon's default).
     *
     * <p>The publisher runs {@code publisher-segments} segments side by side, split by Kafka key
     * ({@link HouseholdOrdering}), so that one household's events stay in store order on its partition while
     * other households' events are sent by other threads.
     */
    @Bean
    public ConfigurerModule eventProcessingDefaults(EventingProperties properties, ObjectMapper objectMapper) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration
                                .forParallelProcessing(properties.publisherSegments())
                                .andInitialSegmentsCount(properties.publisherSegments())
                                .andBatchSize(properties.publisherBatchSize()))
                .registerSequencingPolicy(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> new HouseholdOrdering(objectMapper)));
    }

    /** One idempotent producer (acks=all) for the publisher; whatever spring.kafka.* says, these hold. */
    @Bean(destroyMethod = "close")
    public Producer<String, byte[]> eventPublisherProducer(KafkaProperties kafkaProperties,
                                                           EventingProperties properties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, properties.context() + "-event-publisher");
        // a send to a broker that is down fails within the send timeout instead of blocking the processor
        int timeout = Math.toIntExact(properties.sendTimeout().toMillis());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        int linger = 5;
        int requestTimeout = Math.min(timeout, 15_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        // Kafka requires delivery timeout >= linger + request timeout
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, linger + requestTimeout));
        return new KafkaProducer<>(config);
    }

    @Bean
    public KafkaEventPublisher kafkaEventPublisher(Producer<String, byte[]> eventPublisherProducer,
                                                   ObjectMapper objectMapper, EventingProperties properties) {
        return new KafkaEventPublisher(eventPublisherProducer,
                new EventEnvelopeFactory(properties.context(), properties.source(), objectMapper),
                properties.topic(), properties.sendTimeout());
    }

    @Bean
    public RepublishEndpoint republishEndpoint(EventStore eventStore, KafkaEventPublisher publisher) {
        return new RepublishEndpoint(eventStore, publisher);
    }
}

package io.jiandang.assistance.household.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import io.jiandang.assistance.povertyclass.application.PovertyClassAssessment;
import io.jiandang.readmodel.LedgerPositionsRebalanceListener;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.readmodel.KafkaBatches;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The local view of registered households and the Kafka binding that feeds it ({@code registeredHouseholds-in-0}). */
@Configuration(proxyBeanMethods = false)
public class RegisteredHouseholdsConfiguration {

    static final String BINDING = "registeredHouseholds-in-0";

    @Bean
    public MongoRegisteredHouseholds mongoRegisteredHouseholds(MongoClient mongoClient,
                                                               @Value("${spring.data.mongodb.database}") String database,
                                                               ObjectMapper objectMapper,
                                                               PovertyClassAssessment assessment) {
        return new MongoRegisteredHouseholds(mongoClient.getDatabase(database), objectMapper, assessment);
    }

    @Bean
    public ProjectionLedger registeredHouseholdsLedger(MongoClient mongoClient,
                                                       @Value("${spring.data.mongodb.database}") String database,
                                                       Clock clock) {
        return new ProjectionLedger(mongoClient.getDatabase(database), MongoRegisteredHouseholds.COLLECTION, clock);
    }

    /** In batch mode: each poll applied as one batch ({@link MongoRegisteredHouseholds#applyBatch}). */
    @Bean
    public Consumer<Message<List<byte[]>>> registeredHouseholds(ProjectionLedger registeredHouseholdsLedger,
                                                                MongoRegisteredHouseholds households,
                                                                ObjectProvider<StreamBridge> streamBridge,
                                                                @Value("${spring.cloud.stream.kafka.bindings.registeredHouseholds-in-0.consumer.dlq-name}") String deadLetters) {
        return KafkaBatches.binding(registeredHouseholdsLedger, streamBridge::getObject, deadLetters,
                records -> households.applyBatch(registeredHouseholdsLedger, records));
    }

    @Bean
    public LedgerPositionsRebalanceListener ledgerPositionsRebalanceListener(ProjectionLedger registeredHouseholdsLedger) {
        return new LedgerPositionsRebalanceListener(Map.of(BINDING, registeredHouseholdsLedger));
    }
}

package io.jiandang.exit.facts.adapters.out.readmodel;

import io.jiandang.readmodel.ContractEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.readmodel.LedgerPositionsRebalanceListener;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.readmodel.ProjectionMessages;
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

/**
 * The local views and the four Kafka bindings that feed them, one per topic, each with its own ledger (the
 * aggregates of different contexts may share ids, e.g. a household's registration and assistance aggregates, so
 * their sequences are tracked apart).
 */
@Configuration(proxyBeanMethods = false)
public class ExitReadModelConfiguration {

    static final String REGISTRATION = "registrationFacts-in-0";
    static final String ASSISTANCE = "assistanceFacts-in-0";
    static final String RELAPSE = "relapseFacts-in-0";
    static final String EXIT = "exitViewsProjection-in-0";

    @Bean
    public DivisionCatalogue divisionCatalogue() {
        return DivisionCatalogue.guangxi();
    }

    @Bean
    public MongoRegisterFacts registerFacts(MongoClient mongoClient, @Value("${spring.data.mongodb.database}") String database) {
        return new MongoRegisterFacts(mongoClient.getDatabase(database));
    }

    @Bean
    public MongoExitViews exitViews(MongoClient mongoClient, @Value("${spring.data.mongodb.database}") String database,
                                    ObjectMapper objectMapper) {
        return new MongoExitViews(mongoClient.getDatabase(database), objectMapper);
    }

    @Bean
    public ExitLedgers exitLedgers(MongoClient mongoClient, @Value("${spring.data.mongodb.database}") String database,
                                   Clock clock) {
        MongoDatabase db = mongoClient.getDatabase(database);
        return new ExitLedgers(new ProjectionLedger(db, "registration_facts", clock),
                new ProjectionLedger(db, "assistance_facts", clock), new ProjectionLedger(db, "relapse_facts", clock),
                new ProjectionLedger(db, "exit_views", clock));
    }

    /** In batch mode (the busiest topic): each poll's facts in one ordered bulk write ({@link MongoRegisterFacts#batched()}). */
    @Bean
    public Consumer<Message<List<byte[]>>> registrationFacts(ExitLedgers ledgers, MongoRegisterFacts facts, ObjectMapper objectMapper,
                                                             ObjectProvider<StreamBridge> streamBridge,
                                                             @Value("${spring.cloud.stream.kafka.bindings.registrationFacts-in-0.consumer.dlq-name}") String deadLetters) {
        ContractEvents events = new ContractEvents(objectMapper);
        return KafkaBatches.binding(ledgers.registration(), streamBridge::getObject, deadLetters, records -> {
            MongoRegisterFacts batch = facts.batched();
            KafkaBatches.fold(ledgers.registration(), records,
                    envelope -> events.read(envelope).ifPresent(batch::onRegistration), batch::flush);
        });
    }

    /** In batch mode (twelve monthly incomes a household a year): as {@link #registrationFacts}. */
    @Bean
    public Consumer<Message<List<byte[]>>> assistanceFacts(ExitLedgers ledgers, MongoRegisterFacts facts, ObjectMapper objectMapper,
                                                           ObjectProvider<StreamBridge> streamBridge,
                                                           @Value("${spring.cloud.stream.kafka.bindings.assistanceFacts-in-0.consumer.dlq-name}") String deadLetters) {
        ContractEvents events = new ContractEvents(objectMapper);
        return KafkaBatches.binding(ledgers.assistance(), streamBridge::getObject, deadLetters, records -> {
            MongoRegisterFacts batch = facts.batched();
            KafkaBatches.fold(ledgers.assistance(), records,
                    envelope -> events.read(envelope).ifPresent(batch::onAssistance), batch::flush);
        });
    }

    @Bean
    public Consumer<Message<byte[]>> relapseFacts(ExitLedgers ledgers, MongoRegisterFacts facts, MongoExitViews views,
                                                  ObjectMapper objectMapper) {
        ContractEvents events = new ContractEvents(objectMapper);
        return message -> ProjectionMessages.handle(message, ledgers.relapse(), envelope -> events.read(envelope)
                .ifPresent(event -> {
                    views.onRelapse(event);
                    facts.onRelapse(event);
                }));
    }

    @Bean
    public Consumer<Message<byte[]>> exitViewsProjection(ExitLedgers ledgers, MongoRegisterFacts facts, MongoExitViews views,
                                                         ObjectMapper objectMapper) {
        ContractEvents events = new ContractEvents(objectMapper);
        return message -> ProjectionMessages.handle(message, ledgers.exit(), envelope -> events.read(envelope)
                .ifPresent(event -> {
                    views.onExit(event);
                    facts.onExit(event);
                }));
    }

    @Bean
    public LedgerPositionsRebalanceListener ledgerPositionsRebalanceListener(ExitLedgers ledgers) {
        return new LedgerPositionsRebalanceListener(Map.of(REGISTRATION, ledgers.registration(),
                ASSISTANCE, ledgers.assistance(), RELAPSE, ledgers.relapse(), EXIT, ledgers.exit()));
    }

    /** The ledger of each binding. */
    public record ExitLedgers(ProjectionLedger registration, ProjectionLedger assistance, ProjectionLedger relapse,
                              ProjectionLedger exit) {
    }
}

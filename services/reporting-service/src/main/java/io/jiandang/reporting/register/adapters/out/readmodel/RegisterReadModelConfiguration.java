package io.jiandang.reporting.register.adapters.out.readmodel;

import com.mongodb.client.MongoClient;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.readmodel.LedgerPositionsRebalanceListener;
import io.jiandang.readmodel.ProjectionMessages;
import io.jiandang.reporting.register.adapters.in.web.LiveFigures;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.reporting.register.application.RegisterProjection;
import io.jiandang.reporting.register.application.StatisticsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The register read model and the Kafka binding that feeds it ({@code registerProjection-in-0}: registration,
 * exit, relapse and assistance events), through the projection ledger of the active version, and of the version
 * being rebuilt when there is one.
 */
@Configuration(proxyBeanMethods = false)
public class RegisterReadModelConfiguration {

    static final String BINDING = "registerProjection-in-0";

    @Bean
    public RegisterReadModels registerReadModels(MongoClient mongoClient,
                                                 @Value("${spring.data.mongodb.database}") String database, Clock clock) {
        return new RegisterReadModels(mongoClient.getDatabase(database), clock);
    }

    @Bean
    public RegisterRebuild registerRebuild(RegisterReadModels models, FactReaders readers,
                                           @Value("${spring.cloud.stream.kafka.binder.brokers:${spring.kafka.bootstrap-servers}}") String brokers,
                                           @Value("${spring.cloud.stream.bindings.registerProjection-in-0.destination}") String topics,
                                           Clock clock) {
        return new RegisterRebuild(models, readers, brokers, java.util.List.of(topics.split(",")), clock);
    }

    @Bean
    public Consumer<Message<byte[]>> registerProjection(RegisterReadModels models, FactReaders readers,
                                                        LiveFigures liveFigures, RegisterRebuild rebuild) {
        return message -> {
            RegisterReadModels.Version active = models.active();
            ProjectionMessages.handle(message, active.ledger(),
                    new RegisterProjection(readers, active.store(), liveFigures::villageChanged)::apply);
            rebuild.building().ifPresent(next -> ProjectionMessages.handle(message, next.ledger(),
                    new RegisterProjection(readers, next.store(), village -> { })::apply));
        };
    }

    @Bean
    public LedgerPositionsRebalanceListener ledgerPositionsRebalanceListener(RegisterReadModels models) {
        return new LedgerPositionsRebalanceListener(Map.of(BINDING, models.active().ledger()));
    }

    @Bean
    public StatisticsService statisticsService(RegisterReadModels models, DivisionCatalogue catalogue, Clock clock) {
        return new StatisticsService(models, catalogue, clock);
    }
}

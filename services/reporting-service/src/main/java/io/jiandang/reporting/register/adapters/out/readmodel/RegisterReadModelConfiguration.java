package io.jiandang.reporting.register.adapters.out.readmodel;

import com.mongodb.client.MongoClient;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.readmodel.LedgerPositionsRebalanceListener;
import io.jiandang.reporting.register.adapters.in.web.LiveFigures;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.reporting.register.application.LiveRegister;
import io.jiandang.clock.RecordingClock;
import io.jiandang.reporting.register.application.StatisticsService;
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
                                           Clock clock, LiveFigures liveFigures) {
        return new RegisterRebuild(models, readers, brokers, java.util.List.of(topics.split(",")), clock,
                version -> liveFigures.reload());
    }

    @Bean
    public LiveRegister liveRegister(RegisterReadModels models) {
        return new LiveRegister(models);
    }

    @Bean
    public RegisterBatches registerBatches(FactReaders readers) {
        return new RegisterBatches(readers);
    }

    /**
     * The live binding in batch mode: each poll's records are applied as one batch to the active version (and to
     * the version being rebuilt), then the dashboard hears which households the batch wrote. A record that is not
     * a readable event goes to the dead-letter topic alone; the rest of its poll is applied.
     */
    @Bean
    public Consumer<Message<List<byte[]>>> registerProjection(RegisterReadModels models, RegisterBatches batches,
                                                              LiveFigures liveFigures, RegisterRebuild rebuild,
                                                              ObjectProvider<StreamBridge> streamBridge,
                                                              @Value("${spring.cloud.stream.bindings.registerProjection-in-0.group}") String group) {
        return message -> {
            List<KafkaBatches.Positioned> records = KafkaBatches.records(message, (unreadable, error) ->
                    KafkaBatches.deadLetter(streamBridge.getObject(), "error." + unreadable.topic() + "." + group, unreadable, error));
            RegisterReadModels.Version active = models.active();
            RegisterBatches.Applied applied = KafkaBatches.withRetries("register", () -> batches.apply(active, records));
            liveFigures.written(applied.households(), applied.referenceDataChanged());
            rebuild.building().ifPresent(next -> KafkaBatches.withRetries("register (rebuild)", () -> batches.apply(next, records)));
        };
    }

    @Bean
    public LedgerPositionsRebalanceListener ledgerPositionsRebalanceListener(RegisterReadModels models) {
        return new LedgerPositionsRebalanceListener(Map.of(BINDING, models.active().ledger()));
    }

    @Bean
    public StatisticsService statisticsService(RegisterReadModels models, DivisionCatalogue catalogue, Clock clock,
                                               RecordingClock recording) {
        return new StatisticsService(models, catalogue, clock, recording);
    }
}

package io.jiandang.reporting.cycle.adapters.out;

import com.mongodb.client.MongoClient;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.reporting.cycle.application.UpdateCycleService;
import io.jiandang.reporting.register.adapters.out.readmodel.RegisterReadModels;
import io.jiandang.reporting.register.application.FactReaders;
import io.jiandang.clock.RecordingClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** Update cycles in MongoDB and their snapshots replayed from the same topics the register consumes. */
@Configuration(proxyBeanMethods = false)
public class UpdateCycleConfiguration {

    @Bean
    public UpdateCycleService updateCycleService(MongoClient mongoClient, @Value("${spring.data.mongodb.database}") String database,
                                                 @Value("${spring.cloud.stream.kafka.binder.brokers:${spring.kafka.bootstrap-servers}}") String brokers,
                                                 @Value("${spring.cloud.stream.bindings.registerProjection-in-0.destination}") String topics,
                                                 FactReaders readers, RegisterReadModels register, DivisionCatalogue catalogue, Clock clock,
                                                 RecordingClock recording) {
        return new UpdateCycleService(new MongoUpdateCycles(mongoClient.getDatabase(database)),
                new KafkaTopicReplay(brokers, List.of(topics.split(",")), readers), register, catalogue, clock,
                recording);
    }
}

package io.jiandang.relapse.relapsecase.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import io.jiandang.readmodel.LedgerPositionsRebalanceListener;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.readmodel.ProjectionMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The relapse read model and the one Kafka binding that feeds it ({@code relapseViews-in-0}) from
 * {@code registration.events}, {@code exit.events} and {@code relapse.events}. One ledger serves the three topics:
 * it counts sequences per aggregate (households, exits, cases have distinct ids) and positions per partition.
 */
@Configuration(proxyBeanMethods = false)
public class RelapseReadModelConfiguration {

    static final String BINDING = "relapseViews-in-0";

    @Bean
    public MongoRelapseViews relapseViewStore(MongoClient mongoClient,
                                              @Value("${spring.data.mongodb.database}") String database,
                                              ObjectMapper objectMapper) {
        return new MongoRelapseViews(mongoClient.getDatabase(database), objectMapper);
    }

    @Bean
    public ProjectionLedger relapseViewLedger(MongoClient mongoClient,
                                              @Value("${spring.data.mongodb.database}") String database, Clock clock) {
        return new ProjectionLedger(mongoClient.getDatabase(database), "relapse_views", clock);
    }

    @Bean
    public Consumer<Message<byte[]>> relapseViews(ProjectionLedger relapseViewLedger,
                                                  MongoRelapseViews relapseViewStore) {
        return message -> ProjectionMessages.handle(message, relapseViewLedger, relapseViewStore::apply);
    }

    @Bean
    public LedgerPositionsRebalanceListener ledgerPositionsRebalanceListener(ProjectionLedger relapseViewLedger) {
        return new LedgerPositionsRebalanceListener(Map.of(BINDING, relapseViewLedger));
    }
}

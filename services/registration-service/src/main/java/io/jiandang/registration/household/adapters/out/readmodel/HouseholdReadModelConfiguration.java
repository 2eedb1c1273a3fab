package io.jiandang.registration.household.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.readmodel.LedgerPositionsRebalanceListener;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.registration.household.application.MemberView;
import io.jiandang.registration.household.domain.PersonalDataVault;
import io.jiandang.registration.household.domain.ResidentIdNumber;
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
import java.util.function.BiFunction;

/** The household read model and the Kafka binding that feeds it ({@code householdViewProjection-in-0}). */
@Configuration(proxyBeanMethods = false)
public class HouseholdReadModelConfiguration {

    static final String BINDING = "householdViewProjection-in-0";

    @Bean
    public MongoHouseholdViews householdViews(MongoClient mongoClient,
                                              @Value("${spring.data.mongodb.database}") String database,
                                              ObjectMapper objectMapper, PersonalDataVault vault) {
        return new MongoHouseholdViews(mongoClient.getDatabase(database), objectMapper,
                new HouseholdViewProjector(memberShownWith(vault)));
    }

    @Bean
    public ProjectionLedger householdViewLedger(MongoClient mongoClient,
                                                @Value("${spring.data.mongodb.database}") String database, Clock clock) {
        return new ProjectionLedger(mongoClient.getDatabase(database), "household_views", clock);
    }

    /**
     * The binding in batch mode: each poll is applied as one batch ({@link MongoHouseholdViews#applyBatch}). A record
     * that is not a readable event goes to the dead-letter topic alone and the rest of its poll is applied; a batch
     * that still fails after the retries reaches the binder, which sends it to the dead-letter topic.
     */
    @Bean
    public Consumer<Message<List<byte[]>>> householdViewProjection(ProjectionLedger householdViewLedger,
                                                                   MongoHouseholdViews householdViews,
                                                                   ObjectProvider<StreamBridge> streamBridge,
                                                                   @Value("${spring.cloud.stream.kafka.bindings.householdViewProjection-in-0.consumer.dlq-name}") String deadLetters) {
        return KafkaBatches.binding(householdViewLedger, streamBridge::getObject, deadLetters,
                records -> householdViews.applyBatch(householdViewLedger, records));
    }

    @Bean
    public LedgerPositionsRebalanceListener ledgerPositionsRebalanceListener(ProjectionLedger householdViewLedger) {
        return new LedgerPositionsRebalanceListener(Map.of(BINDING, householdViewLedger));
    }

    /** Names decrypted, ID numbers masked; both absent once the household's key was erased. */
    static BiFunction<String, ProtectedMember, MemberView> memberShownWith(PersonalDataVault vault) {
        return (householdId, member) -> new MemberView(member.memberId(),
                member.nameCipher() == null ? null : vault.decrypt(householdId, member.nameCipher()).orElse(null),
                vault.decrypt(householdId, member.idNumberCipher()).map(ResidentIdNumber::mask).orElse(null),
                member.relationToHead(), member.birthYear(), member.sex());
    }
}

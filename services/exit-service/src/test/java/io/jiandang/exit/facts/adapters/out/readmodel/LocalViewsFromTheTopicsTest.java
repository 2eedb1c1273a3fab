package io.jiandang.exit.facts.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.YearlyNetIncomePerHeadChangedEvent;
import io.jiandang.contracts.exit.HouseholdExitAssessedEvent;
import io.jiandang.contracts.exit.HouseholdExitRejectedEvent;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.exit.facts.application.ExitView;
import io.jiandang.exit.facts.domain.DivisionFigures;
import io.jiandang.exit.facts.domain.HouseholdFacts;
import io.jiandang.exit.facts.domain.PovertyStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The local views fed from the four topics, on an in-memory MongoDB: what each event changes, re-applied or not. */
class LocalViewsFromTheTopicsTest {

    static final String VILLAGE = "451227101201";
    static final String COUNTY = "451227";

    MongoServer server;
    MongoClient client;
    MongoRegisterFacts facts;
    MongoExitViews views;

    @BeforeEach
    void mongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        MongoDatabase db = client.getDatabase("exit");
        facts = new MongoRegisterFacts(db);
        views = new MongoExitViews(db, new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdown();
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    static HouseholdSurveyedEvent surveyed(String id, String village, int people) {
        List<ProtectedMember> members = IntStream.rangeClosed(1, people).mapToObj(i -> new ProtectedMember(String.valueOf(i),
                "n", "c", "f" + i, i == 1 ? RelationToHead.HEAD : RelationToHead.CHILD, 1980, Sex.FEMALE)).toList();
        return new HouseholdSurveyedEvent(id, village, members, BigDecimal.ONE, 1, Map.of(), Set.of(), Set.of());
    }

    @Test
    void aSurveyedRegisteredPairedHouseholdWithIncomeIsKnownWithItsCadreAndYear() {
        facts.onRegistration(surveyed("h1", VILLAGE, 4));
        facts.onRegistration(new HouseholdRegisteredEvent("h1", VILLAGE, BigDecimal.ONE, 1, 4));
        facts.onAssistance(new HouseholdPairedEvent("h1", VILLAGE, "cadre-1", "r", LocalDate.parse("2016-01-05"), 1));
        facts.onAssistance(new YearlyNetIncomePerHeadChangedEvent("h1", VILLAGE, 2016, new BigDecimal("13800"), 4,
                new BigDecimal("3450.00"), 12));

        HouseholdFacts h1 = facts.household("h1").orElseThrow();
        assertThat(h1.status()).isEqualTo(PovertyStatus.REGISTERED);
        assertThat(h1.people()).isEqualTo(4);
        assertThat(h1.pairedCadres()).containsExactly("cadre-1");
        assertThat(h1.income(2016).orElseThrow().netIncomePerHead()).isEqualByComparingTo("3450.00");
        assertThat(h1.income(2016).orElseThrow().monthsCounted()).isEqualTo(12);
    }

    @Test
    void aBatchedCopyWritesNothingUntilFlushedThenWhatTheEventByEventViewWrites() {
        MongoRegisterFacts batch = new MongoRegisterFacts(client.getDatabase("exit_batched")).batched();
        for (MongoRegisterFacts target : List.of(facts, batch)) {
            target.onRegistration(surveyed("h1", VILLAGE, 3));
            target.onRegistration(new HouseholdRegisteredEvent("h1", VILLAGE, BigDecimal.ONE, 1, 3));
            target.onRegistration(surveyed("h1", VILLAGE, 3));
            target.onRegistration(new HouseholdUpdatedEvent("h1", VILLAGE, "2016-Q3", new HouseholdChange.MemberLeft("3", "married out")));
            target.onAssistance(new HouseholdPairedEvent("h1", VILLAGE, "cadre-1", "r", LocalDate.parse("2016-01-05"), 1));
            target.onAssistance(new HouseholdRepairedEvent("h1", VILLAGE, "cadre-1", "cadre-2", "moved", LocalDate.parse("2016-06-01"), 1));
            target.onExit(new HouseholdExitAssessedEvent("h1", VILLAGE, "e1", 2016, BigDecimal.TEN, BigDecimal.ONE, 12, 1, List.of(), List.of("t")));
            target.onExit(new HouseholdExitRejectedEvent("h1", VILLAGE, "e1", "income not steady", null, "assessment"));
        }
        assertThat(batch.household("h1")).isEmpty();

        batch.flush();

        assertThat(batch.household("h1")).isEqualTo(facts.household("h1"));
        HouseholdFacts h1 = batch.household("h1").orElseThrow();
        assertThat(h1.status()).isEqualTo(PovertyStatus.REGISTERED);
        assertThat(h1.people()).isEqualTo(2);
        assertThat(h1.pairedCadres()).containsExactly("cadre-2");
        assertThat(h1.openExitId()).isNull();
    }

    @Test
    void aRedeliveredSurveyDoesNotTakeBackTheRegistrationNorCountMembersTwice() {
        facts.onRegistration(surveyed("h1", VILLAGE, 3));
        facts.onRegistration(new HouseholdRegisteredEvent("h1", VILLAGE, BigDecimal.ONE, 1, 3));
        facts.onRegistration(surveyed("h1", VILLAGE, 3));

        assertThat(facts.household("h1").orElseThrow().status()).isEqualTo(PovertyStatus.REGISTERED);
        assertThat(facts.household("h1").orElseThrow().people()).isEqualTo(3);
    }

    @Test
    void aRepairingPassesTheHouseholdFromOneCadreToTheOther() {
        facts.onAssistance(new HouseholdPairedEvent("h1", VILLAGE, "cadre-1", "r", LocalDate.parse("2016-01-05"), 1));
        facts.onAssistance(new HouseholdRepairedEvent("h1", VILLAGE, "cadre-1", "cadre-2", "moved", LocalDate.parse("2016-06-01"), 1));

        assertThat(facts.household("h1").orElseThrow().pairedCadres()).containsExactly("cadre-2");
    }

    @Test
    void incidenceCountsPoorPeopleNotExitedOverSurveyedPeopleAndMovesWithExitsAndRelapses() {
        for (int i = 0; i < 10; i++) {
            facts.onRegistration(surveyed("s" + i, VILLAGE, 10)); // 100 people surveyed, not poor
        }
        facts.onRegistration(surveyed("p1", VILLAGE, 2));
        facts.onRegistration(new HouseholdRegisteredEvent("p1", VILLAGE, BigDecimal.ONE, 1, 2));
        facts.onRegistration(surveyed("p2", VILLAGE, 3));
        facts.onRegistration(new HouseholdRegisteredEvent("p2", VILLAGE, BigDecimal.ONE, 1, 3));
        facts.onRegistration(new HouseholdUpdatedEvent("p2", VILLAGE, "2016-Q3", new HouseholdChange.MemberLeft("3", "married out")));

        assertThat(facts.figures(VILLAGE)).isEqualTo(new DivisionFigures(VILLAGE, 104, 4));
        assertThat(facts.figures(COUNTY)).isEqualTo(new DivisionFigures(COUNTY, 104, 4));

        facts.onExit(new HouseholdExitedEvent("p2", VILLAGE, "e2", 2016, LocalDate.parse("2016-12-20"), BigDecimal.TEN,
                BigDecimal.ONE, 1, LocalDate.parse("2018-12-19"), LocalDate.parse("2019-12-19")));
        assertThat(facts.figures(VILLAGE).poorPeople()).isEqualTo(2);
        assertThat(facts.exitedPeople(COUNTY, 2016)).isEqualTo(2);

        facts.onRelapse(new RelapseApprovedEvent("c1", "p2", VILLAGE, LocalDate.parse("2017-09-01"), List.of(RelapseCause.ILLNESS), "e2", 1));
        assertThat(facts.figures(VILLAGE).poorPeople()).isEqualTo(4);
        assertThat(facts.household("p2").orElseThrow().status()).isEqualTo(PovertyStatus.POOR_AGAIN);
    }

    @Test
    void anExitUnderWayIsKnownUntilTheHouseholdExits() {
        facts.onRegistration(new HouseholdRegisteredEvent("h1", VILLAGE, BigDecimal.ONE, 1, 4));
        facts.onExit(new HouseholdExitAssessedEvent("h1", VILLAGE, "e1", 2016, BigDecimal.TEN, BigDecimal.ONE, 12, 1, List.of(), List.of("t")));
        assertThat(facts.household("h1").orElseThrow().openExitId()).isEqualTo("e1");

        facts.onExit(new HouseholdExitedEvent("h1", VILLAGE, "e1", 2016, LocalDate.parse("2016-12-20"), BigDecimal.TEN,
                BigDecimal.ONE, 1, LocalDate.parse("2018-12-19"), LocalDate.parse("2019-12-19")));
        assertThat(facts.household("h1").orElseThrow().openExitId()).isNull();
        assertThat(facts.household("h1").orElseThrow().status()).isEqualTo(PovertyStatus.EXITED);
    }

    @Test
    void aRejectionClosesOnlyItsOwnExitNotANewerOne() {
        facts.onRegistration(new HouseholdRegisteredEvent("h1", VILLAGE, BigDecimal.ONE, 1, 4));
        facts.onExit(assessed("h1", "e1"));
        facts.onExit(assessed("h1", "e2"));
        facts.onExit(new HouseholdExitRejectedEvent("h1", VILLAGE, "e1", "late", null, null));
        assertThat(facts.household("h1").orElseThrow().openExitId()).isEqualTo("e2");

        facts.onExit(new HouseholdExitRejectedEvent("h1", VILLAGE, "e2", "income below the line", null, null));
        assertThat(facts.household("h1").orElseThrow().openExitId()).isNull();
        assertThat(facts.household("h1").orElseThrow().status()).isEqualTo(PovertyStatus.REGISTERED);
    }

    /**
     * mongo-java-server serves a filter from its _id index only when the filter is exactly {@code {_id: ..}}; any other
     * key made each update a scan of all facts (quadratic at 1:100).
     */
    @Test
    void everyUpdateOfTheFactsFindsItsHouseholdByIdAlone() {
        List<org.bson.BsonDocument> filters = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.mongodb.event.CommandListener listener = new com.mongodb.event.CommandListener() {
            @Override
            public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                if (event.getCommandName().equals("update")) {
                    event.getCommand().getArray("updates").forEach(u -> filters.add(u.asDocument().getDocument("q")));
                }
            }
        };
        try (MongoClient listened = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://" + hostAndPort(server.getLocalAddress())))
                .addCommandListener(listener).build())) {
            MongoRegisterFacts listenedFacts = new MongoRegisterFacts(listened.getDatabase("exit"));
            MongoRegisterFacts batched = listenedFacts.batched();
            for (MongoRegisterFacts f : List.of(listenedFacts, batched)) {
                f.onRegistration(surveyed("h1", VILLAGE, 3));
                f.onRegistration(new HouseholdRegisteredEvent("h1", VILLAGE, BigDecimal.ONE, 1, 3));
                f.onAssistance(new HouseholdPairedEvent("h1", VILLAGE, "cadre-1", "r", LocalDate.parse("2014-03-01"), 1));
                f.onExit(assessed("h1", "e1"));
                f.onExit(new HouseholdExitRejectedEvent("h1", VILLAGE, "e1", "late", null, null));
                f.onRelapse(new RelapseApprovedEvent("c1", "h1", VILLAGE, LocalDate.parse("2017-09-01"),
                        List.of(RelapseCause.ILLNESS), "e1", 1));
            }
            batched.flush();
        }
        assertThat(filters).hasSizeGreaterThanOrEqualTo(12).allSatisfy(filter ->
                assertThat(filter.keySet()).as(filter.toJson()).containsExactly("_id"));
    }

    private static HouseholdExitAssessedEvent assessed(String householdId, String exitId) {
        return new HouseholdExitAssessedEvent(householdId, VILLAGE, exitId, 2016, BigDecimal.TEN, BigDecimal.ONE, 12, 1,
                List.of(), List.of("t"));
    }

    @Test
    void aRelapseSeenBeforeItsExitStillLandsOnTheExitsView() {
        views.onRelapse(new RelapseApprovedEvent("c1", "h1", VILLAGE, LocalDate.parse("2017-09-01"), List.of(RelapseCause.ILLNESS), "e1", 1));
        views.onExit(new HouseholdExitedEvent("h1", VILLAGE, "e1", 2016, LocalDate.parse("2016-12-20"), BigDecimal.TEN,
                BigDecimal.ONE, 1, LocalDate.parse("2018-12-19"), LocalDate.parse("2019-12-19")));

        ExitView view = views.exit("e1").orElseThrow().on(LocalDate.parse("2019-06-01"));
        assertThat(view.status()).isEqualTo("EXITED");
        assertThat(view.trackingEndsOn()).isEqualTo("2018-12-19");
        assertThat(view.observationEndsOn()).isEqualTo("2019-12-19");
        assertThat(view.supportPhase()).isEqualTo("OBSERVATION");
        assertThat(view.relapse().status()).isEqualTo("APPROVED");
        assertThat(view.relapse().poorAgainFrom()).isEqualTo("2017-09-01");
        assertThat(view.relapseDuringSupport()).isTrue();
    }
}

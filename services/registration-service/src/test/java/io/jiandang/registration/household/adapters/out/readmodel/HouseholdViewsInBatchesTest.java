package io.jiandang.registration.household.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.contracts.registration.HouseholdNominatedAsCandidateEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.NoticeOpenedEvent;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.contracts.registration.RegistrationStepPassedEvent;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.registration.household.api.HouseholdStatus;
import io.jiandang.registration.household.application.HouseholdView;
import io.jiandang.registration.household.application.MemberView;
import io.jiandang.testing.kafka.MessyDelivery;
import io.jiandang.testing.mongo.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched binding ({@link MongoHouseholdViews#applyBatch}) gives the views, the ledger cursors and the positions
 * that the event-by-event fold gives, whatever the poll sizes, on a stream with redeliveries, events out of order and
 * a gap that never closes. MongoDB is an in-memory wire server reached over TCP.
 */
class HouseholdViewsInBatchesTest {

    private static final String VILLAGE = "451227101201";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static InMemoryMongo mongo;

    @BeforeAll
    static void startMongo() {
        mongo = InMemoryMongo.start();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Test
    void pollsOfAnySizeGiveTheViewsTheEventByEventFoldGives() {
        Stream messy = messyStream(7);

        MongoDatabase oneByOne = mongo.freshDatabase("one_by_one");
        ProjectionLedger oneByOneLedger = new ProjectionLedger(oneByOne, "household_views", CLOCK);
        MongoHouseholdViews oneByOneViews = views(oneByOne);
        for (int offset = 0; offset < messy.events.size(); offset++) {
            oneByOneLedger.handle(messy.events.get(offset), oneByOneViews::apply);
            oneByOneLedger.storePosition("registration.events", offset % 3, offset + 1);
        }

        for (int maxPoll : new int[] {1, 13, 500}) {
            MongoDatabase batched = mongo.freshDatabase("batched_" + maxPoll);
            ProjectionLedger batchedLedger = new ProjectionLedger(batched, "household_views", CLOCK);
            MongoHouseholdViews batchedViews = views(batched);
            Random polls = new Random(maxPoll);
            int offset = 0;
            while (offset < messy.events.size()) {
                int size = Math.min(1 + polls.nextInt(maxPoll), messy.events.size() - offset);
                List<KafkaBatches.Positioned> poll = new ArrayList<>();
                for (int i = offset; i < offset + size; i++) {
                    poll.add(new KafkaBatches.Positioned(messy.events.get(i), "registration.events", i % 3, i));
                }
                batchedViews.applyBatch(batchedLedger, poll);
                offset += size;
            }

            assertThat(all(batched, "household_views")).as("views, polls up to %d", maxPoll)
                    .isEqualTo(all(oneByOne, "household_views"));
            assertThat(all(batched, "household_views_cursors")).as("cursors, polls up to %d", maxPoll)
                    .isEqualTo(all(oneByOne, "household_views_cursors"));
            assertThat(batchedLedger.positions()).isEqualTo(oneByOneLedger.positions());
            assertThat(batchedLedger.parkedSequences(messy.householdWithGap)).isNotEmpty()
                    .isEqualTo(oneByOneLedger.parkedSequences(messy.householdWithGap));
        }
    }

    @Test
    void aPollRegistersTheHouseholdsItCarriesToTheEnd() {
        Stream messy = messyStream(11);
        MongoDatabase database = mongo.freshDatabase("registered");
        ProjectionLedger ledger = new ProjectionLedger(database, "household_views", CLOCK);
        MongoHouseholdViews views = views(database);
        List<KafkaBatches.Positioned> poll = new ArrayList<>();
        for (int i = 0; i < messy.events.size(); i++) {
            poll.add(new KafkaBatches.Positioned(messy.events.get(i), "registration.events", 0, i));
        }

        views.applyBatch(ledger, poll);

        HouseholdView complete = views.find("h-0").orElseThrow();
        assertThat(complete.status()).isEqualTo(HouseholdStatus.REGISTERED);
        assertThat(complete.netIncomePerHead()).isEqualByComparingTo("3100");
        assertThat(complete.members()).hasSize(3);
        assertThat(complete.version()).isEqualTo(6);
        assertThat(views.find(messy.householdWithGap).orElseThrow().status()).isEqualTo(HouseholdStatus.CANDIDATE);
        assertThat(ledger.positions()).containsValue((long) messy.events.size());
    }

    private static MongoHouseholdViews views(MongoDatabase database) {
        return new MongoHouseholdViews(database, JSON, new HouseholdViewProjector((household, member) ->
                new MemberView(member.memberId(), "name of " + member.memberId(), "4512**********0011",
                        member.relationToHead(), member.birthYear(), member.sex())));
    }

    private static List<Document> all(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    /** Events of a stream as a broker may deliver them, and the household whose third event never arrives. */
    private record Stream(List<EventEnvelope> events, String householdWithGap) {
    }

    /**
     * Twelve households through survey, nomination, notice, step passed, registration and two updates, delivered
     * messily ({@link MessyDelivery}), one of them without its notice event.
     */
    private static Stream messyStream(long seed) {
        List<List<EventEnvelope>> perHousehold = new ArrayList<>();
        for (int h = 1; h < 12; h++) {
            List<EventEnvelope> story = new ArrayList<>(householdStory("h-" + h));
            if (h == 5) {
                story.remove(2);
            }
            perHousehold.add(story);
        }
        List<EventEnvelope> stream = new ArrayList<>(MessyDelivery.of(perHousehold, seed));
        // h-0 arrives whole and in order after everything else, so a single poll can be checked against its story
        stream.addAll(householdStory("h-0"));
        return new Stream(stream, "h-5");
    }

    private static List<EventEnvelope> householdStory(String household) {
        Instant at = Instant.parse("2014-10-01T00:00:00Z");
        List<HouseholdEvent> events = List.of(
                new HouseholdSurveyedEvent(household, VILLAGE, List.of(
                        new ProtectedMember("1", "c1", "c1", "f1", RelationToHead.HEAD, 1970, Sex.MALE),
                        new ProtectedMember("2", "c2", "c2", "f2", RelationToHead.SPOUSE, 1972, Sex.FEMALE)),
                        new BigDecimal("31.5"), 1, Map.of("income", new BigDecimal("0.2")), Set.of(PovertyCause.ILLNESS),
                        Set.of(PovertyArea.ROCKY_MOUNTAIN)),
                new HouseholdNominatedAsCandidateEvent(household, VILLAGE, "r-1", new BigDecimal("40")),
                new NoticeOpenedEvent(household, VILLAGE, RegistrationStep.VILLAGE_PUBLIC_NOTICE, at, at.plusSeconds(7 * 86_400), 7, 1),
                new RegistrationStepPassedEvent(household, VILLAGE, RegistrationStep.VILLAGE_PUBLIC_NOTICE, null),
                new HouseholdRegisteredEvent(household, VILLAGE, new BigDecimal("31.5"), 1, 2),
                new HouseholdUpdatedEvent(household, VILLAGE, "2015-Q1", new HouseholdChange.IncomeChanged(new BigDecimal("3100"))),
                new HouseholdUpdatedEvent(household, VILLAGE, "2015-Q1", new HouseholdChange.MemberJoined(
                        new ProtectedMember("3", "c3", "c3", "f3", RelationToHead.CHILD, 2014, Sex.FEMALE))));
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            HouseholdEvent event = events.get(sequence);
            try {
                envelopes.add(new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/registration",
                        EventTypes.typeOf("registration", event.getClass()), household, at.plusSeconds(sequence), (long) sequence,
                        "Household", VILLAGE, new EventEnvelope.ActorStamp("officer", "INFORMATION_OFFICER", "VILLAGE", VILLAGE),
                        "test", null, JSON.writeValueAsBytes(event), household));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return envelopes;
    }
}

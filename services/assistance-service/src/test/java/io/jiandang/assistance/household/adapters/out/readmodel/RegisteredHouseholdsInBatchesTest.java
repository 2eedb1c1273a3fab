package io.jiandang.assistance.household.adapters.out.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.povertyclass.application.PovertyClassAssessment;
import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.envelope.EventTypes;
import io.jiandang.readmodel.KafkaBatches;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.testing.kafka.MessyDelivery;
import io.jiandang.testing.mongo.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched binding ({@link MongoRegisteredHouseholds#applyBatch}) gives the views, ledger cursors and positions of
 * the event-by-event fold, and asks for the same poverty-class assessments, whatever the poll sizes, on a messy
 * stream. MongoDB is an in-memory wire server reached over TCP.
 */
class RegisteredHouseholdsInBatchesTest {

    private static final String VILLAGE = "451227101201";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
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
    void pollsOfAnySizeGiveTheViewsAndAssessmentsOfTheEventByEventFold() {
        List<List<EventEnvelope>> stories = new ArrayList<>();
        for (int h = 0; h < 15; h++) {
            stories.add(story("h-" + h, h % 4 == 0));
        }
        List<EventEnvelope> stream = MessyDelivery.of(stories, 3);

        MongoDatabase oneByOne = mongo.freshDatabase("one_by_one");
        Set<String> assessedOneByOne = new TreeSet<>();
        ProjectionLedger oneByOneLedger = new ProjectionLedger(oneByOne, MongoRegisteredHouseholds.COLLECTION, CLOCK);
        MongoRegisteredHouseholds oneByOneViews = new MongoRegisteredHouseholds(oneByOne, JSON, recording(assessedOneByOne));
        for (int offset = 0; offset < stream.size(); offset++) {
            oneByOneLedger.handle(stream.get(offset), oneByOneViews::apply);
            oneByOneLedger.storePosition("registration.events", offset % 2, offset + 1);
        }

        for (int maxPoll : new int[] {1, 17, 500}) {
            MongoDatabase batched = mongo.freshDatabase("batched_" + maxPoll);
            Set<String> assessed = new TreeSet<>();
            ProjectionLedger ledger = new ProjectionLedger(batched, MongoRegisteredHouseholds.COLLECTION, CLOCK);
            MongoRegisteredHouseholds views = new MongoRegisteredHouseholds(batched, JSON, recording(assessed));
            for (int offset = 0; offset < stream.size(); offset += maxPoll) {
                List<KafkaBatches.Positioned> poll = new ArrayList<>();
                for (int i = offset; i < Math.min(offset + maxPoll, stream.size()); i++) {
                    poll.add(new KafkaBatches.Positioned(stream.get(i), "registration.events", i % 2, i));
                }
                views.applyBatch(ledger, poll);
            }

            assertThat(all(batched, MongoRegisteredHouseholds.COLLECTION)).as("views, polls of %d", maxPoll)
                    .isEqualTo(all(oneByOne, MongoRegisteredHouseholds.COLLECTION));
            assertThat(all(batched, MongoRegisteredHouseholds.COLLECTION + "_cursors"))
                    .isEqualTo(all(oneByOne, MongoRegisteredHouseholds.COLLECTION + "_cursors"));
            assertThat(ledger.positions()).isEqualTo(oneByOneLedger.positions());
            assertThat(assessed).as("assessed households, polls of %d", maxPoll).isEqualTo(assessedOneByOne).hasSize(15);
            assertThat(views.find("h-1").map(RegisteredHousehold::members)).contains(3);
            assertThat(views.find("h-4").map(RegisteredHousehold::status)).contains(RegisteredHousehold.Status.REMOVED);
        }
    }

    private static PovertyClassAssessment recording(Set<String> assessed) {
        return new PovertyClassAssessment(null, Optional::empty, CLOCK) {
            @Override
            public void assess(RegisteredHousehold household, String causedBy, LocalDate effectiveOn) {
                assessed.add(household.householdId());
            }
        };
    }

    private static List<Document> all(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    /** Surveyed, registered, a child born; every fourth household then removed. */
    private static List<EventEnvelope> story(String household, boolean removed) {
        List<HouseholdEvent> events = new ArrayList<>(List.of(
                new HouseholdSurveyedEvent(household, VILLAGE, List.of(
                        new ProtectedMember("1", "c1", "c1", "f1", RelationToHead.HEAD, 1970, Sex.MALE),
                        new ProtectedMember("2", "c2", "c2", "f2", RelationToHead.SPOUSE, 1972, Sex.FEMALE)),
                        new BigDecimal("31.5"), 1, Map.of(), Set.of(), Set.of()),
                new HouseholdRegisteredEvent(household, VILLAGE, new BigDecimal("31.5"), 1, 2),
                new HouseholdUpdatedEvent(household, VILLAGE, "2015-Q1", new HouseholdChange.MemberJoined(
                        new ProtectedMember("3", "c3", "c3", "f3", RelationToHead.CHILD, 2014, Sex.FEMALE)))));
        if (removed) {
            events.add(new HouseholdRemovedEvent(household, VILLAGE, "a veto found later", "REGISTERED_COMPANY", "business register", 1));
        }
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            HouseholdEvent event = events.get(sequence);
            try {
                envelopes.add(new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/registration",
                        EventTypes.typeOf("registration", event.getClass()), household,
                        Instant.parse("2014-10-01T00:00:00Z").plusSeconds(sequence), (long) sequence, "Household", VILLAGE,
                        new EventEnvelope.ActorStamp("officer", "INFORMATION_OFFICER", "VILLAGE", VILLAGE), "test", null,
                        JSON.writeValueAsBytes(event), household));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return envelopes;
    }
}

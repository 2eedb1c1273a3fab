package io.jiandang.audit.log.adapters.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.audit.log.application.ChainVerification;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.audit.support.Events;
import io.jiandang.audit.support.MongoWireServer;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.testing.MovableClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between storing an entry and recording the heads of its chains: the next event must not take the stored
 * entry's places. The household's chain finds the stored entry through its unique link ({@code <household>#<position>}),
 * an index lookup, where a query by household and position scanned the whole log on the MongoDB wire server.
 */
class AnEntryStoredWithoutItsHeadsKeepsItsPlaceInBothChainsTest {

    private static final MongoWireServer MONGO = new MongoWireServer();
    private static final String HOUSEHOLD = "hh-1";

    private MongoDatabase database;
    private MongoAuditLog log;
    private AuditLogAppender appender;
    private ChainVerification verification;

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @BeforeEach
    void aHouseholdWithTwoLoggedFacts() {
        database = MONGO.freshDatabase();
        MovableClock clock = new MovableClock(Instant.parse("2026-11-28T02:00:00Z"));
        log = new MongoAuditLog(database);
        appender = new AuditLogAppender(log, clock, new ObjectMapper());
        verification = new ChainVerification(log, new MongoPeriodSeals(database), clock);
        appender.append("registration.events", surveyed(0));
        appender.append("registration.events", surveyed(1));
    }

    private static EventEnvelope surveyed(long sequence) {
        return Events.registration("HouseholdUpdated", HOUSEHOLD, sequence, "2026-0" + (sequence + 1) + "-10T02:00:00Z",
                null, "{\"householdId\":\"hh-1\",\"divisionCode\":\"451227101201\",\"n\":" + sequence + "}");
    }

    /** Appends as the appender would, but the service dies after inserting the entry, before the heads are recorded. */
    private LogEntry crashAfterStoringTheEntry(EventEnvelope envelope) {
        MongoAuditLog dying = new MongoAuditLog(database) {
            @Override
            public void append(LogEntry entry) {
                entries().insertOne(MongoAuditLog.toDocument(entry));
                throw new IllegalStateException("killed before the heads were recorded");
            }
        };
        try {
            new AuditLogAppender(dying, new MovableClock(Instant.parse("2026-11-28T02:00:00Z")), new ObjectMapper())
                    .append("registration.events", envelope);
        } catch (IllegalStateException expected) {
            // the entry is stored, its heads are not
        }
        return MongoAuditLog.fromDocument(log.entries().find(Filters.eq("_id", envelope.id())).first());
    }

    @Test
    void theNextEventFollowsTheStoredEntryInTheLogAndInItsHouseholdsChain() {
        LogEntry stored = crashAfterStoringTheEntry(surveyed(2));
        assertThat(stored.logPosition()).isEqualTo(2);
        assertThat(stored.householdPosition()).isEqualTo(2);

        LogEntry next = appender.append("registration.events", surveyed(3)).orElseThrow();

        assertThat(next.logPosition()).isEqualTo(3);
        assertThat(next.householdPosition()).isEqualTo(3);
        assertThat(next.householdPreviousHash()).isEqualTo(stored.householdHash());
        assertThat(verification.verifyHousehold(HOUSEHOLD).intact()).isTrue();
        assertThat(verification.verifyLog().intact()).isTrue();
    }

    @Test
    void theStoredEventRedeliveredIsNotAppendedAgain() {
        EventEnvelope third = surveyed(2);
        crashAfterStoringTheEntry(third);

        assertThat(appender.append("registration.events", third)).isEmpty();
        assertThat(log.size()).isEqualTo(3);
    }

    @Test
    void aHouseholdsEntriesCarryTheirUniqueLinkAndOthersNone() {
        appender.append("registration.events", Events.event("registration", "RegistrationPolicyPublished", null,
                "policy-1", 0, "2026-04-01T02:00:00Z", null, null, "{\"version\":1}"));

        Document second = log.entries().find(Filters.eq(MongoAuditLog.HOUSEHOLD_LINK, "hh-1#1")).first();
        assertThat(second).isNotNull();
        assertThat(second.get("householdPosition", Number.class).longValue()).isEqualTo(1L);
        Document policy = log.entries().find(Filters.eq("type", "io.jiandang.registration.RegistrationPolicyPublished")).first();
        assertThat(policy).isNotNull();
        assertThat(policy.containsKey(MongoAuditLog.HOUSEHOLD_LINK)).isFalse();
    }
}

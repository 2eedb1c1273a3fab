package io.jiandang.audit.log.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.log.adapters.out.persistence.MongoAuditLog;
import io.jiandang.audit.log.adapters.out.persistence.MongoPeriodSeals;
import io.jiandang.audit.log.domain.AuditedEvent;
import io.jiandang.audit.log.domain.ChainBreak;
import io.jiandang.audit.log.domain.HashChain;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.audit.log.domain.Verification;
import io.jiandang.audit.support.Events;
import io.jiandang.audit.support.MongoWireServer;
import io.jiandang.testing.MovableClock;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hash chains over the stored log catch a changed byte, a deleted event and a swapped pair. */
class TamperedAuditLogIsCaughtTest {

    private static final MongoWireServer MONGO = new MongoWireServer();
    private static final String HOUSEHOLD = "hh-1";
    private static final Actor ARCHIVE_OFFICER = new Actor("archive-officer", Role.AUDITOR, DivisionLevel.REGION, "450000");

    private MongoAuditLog log;
    private com.mongodb.client.MongoDatabase database;
    private AuditLogAppender appender;
    private ChainVerification verification;
    private MongoCollection<Document> stored;
    private final List<String> householdEventIds = new ArrayList<>();

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @BeforeEach
    void aHouseholdWithFiveFactsAndAnotherWithOne() {
        database = MONGO.freshDatabase();
        MovableClock clock = new MovableClock(Instant.parse("2026-11-28T02:00:00Z"));
        log = new MongoAuditLog(database);
        appender = new AuditLogAppender(log, clock, new ObjectMapper());
        verification = new ChainVerification(log, new MongoPeriodSeals(database), clock);
        stored = log.entries();
        String[] names = {"HouseholdSurveyed", "HouseholdNominatedAsCandidate", "RegistrationStepPassed", "HouseholdRegistered"};
        for (int i = 0; i < names.length; i++) {
            append(Events.registration(names[i], HOUSEHOLD, i, "2026-0" + (i + 1) + "-10T02:00:00Z", null,
                    "{\"householdId\":\"hh-1\",\"divisionCode\":\"451227101201\",\"step\":" + i + "}"));
        }
        append(Events.registration("HouseholdSurveyed", "hh-2", 0, "2026-05-01T02:00:00Z", null, "{\"householdId\":\"hh-2\"}"));
        append(Events.event("exit", "HouseholdExited", HOUSEHOLD, "exit-1", 0, "2026-06-01T02:00:00Z", "2026-05-31",
                Events.COUNTY_OFFICER, "{\"householdId\":\"hh-1\",\"exitedOn\":\"2026-05-31\"}"));
    }

    private void append(EventEnvelope envelope) {
        LogEntry entry = appender.append(envelope.source().substring("/jiandang/".length()) + ".events", envelope).orElseThrow();
        if (HOUSEHOLD.equals(entry.event().householdId())) {
            householdEventIds.add(entry.event().eventId());
        }
    }

    @Test
    void anUntouchedLogVerifiesAndNamesItsHead() {
        Verification whole = verification.verifyLog();
        Verification household = verification.verifyHousehold(HOUSEHOLD);

        assertThat(whole.intact()).isTrue();
        assertThat(whole.checked()).isEqualTo(6);
        assertThat(whole.head().hash()).isEqualTo(log.logHead().hash());
        assertThat(household.intact()).isTrue();
        assertThat(household.checked()).isEqualTo(5);
    }

    @Test
    void aRedeliveredEventIsAppendedOnce() {
        EventEnvelope envelope = Events.registration("HouseholdUpdated", HOUSEHOLD, 4, "2026-07-01T02:00:00Z", null, "{}");
        assertThat(appender.append("registration.events", envelope)).isPresent();

        assertThat(appender.append("registration.events", envelope)).isEmpty();

        assertThat(log.size()).isEqualTo(7);
        assertThat(verification.verifyLog().intact()).isTrue();
    }

    @Test
    void aChangedByteInAStoredBodyIsCaughtAtItsPosition() {
        String third = householdEventIds.get(2);
        String body = stored.find(Filters.eq("_id", third)).first().getString("body");
        stored.updateOne(Filters.eq("_id", third), Updates.set("body", body.replace("\"step\":2", "\"step\":3")));

        Verification household = verification.verifyHousehold(HOUSEHOLD);
        Verification whole = verification.verifyLog();

        assertThat(household.firstBreak().kind()).isEqualTo(ChainBreak.Kind.ALTERED);
        assertThat(household.firstBreak().position()).isEqualTo(2);
        assertThat(household.firstBreak().eventId()).isEqualTo(third);
        assertThat(whole.firstBreak().kind()).isEqualTo(ChainBreak.Kind.ALTERED);
        assertThat(whole.firstBreak().position()).isEqualTo(2);
    }

    @Test
    void aChangedActorHeaderIsCaughtToo() {
        String first = householdEventIds.get(0);
        stored.updateOne(Filters.eq("_id", first), Updates.set("actorId", "someone-else"));

        assertThat(verification.verifyHousehold(HOUSEHOLD).firstBreak().kind()).isEqualTo(ChainBreak.Kind.ALTERED);
        assertThat(verification.verifyHousehold(HOUSEHOLD).firstBreak().position()).isZero();
    }

    @Test
    void aDeletedEventIsReportedMissingAtItsPosition() {
        stored.deleteOne(Filters.eq("_id", householdEventIds.get(1)));

        Verification household = verification.verifyHousehold(HOUSEHOLD);
        Verification whole = verification.verifyLog();

        assertThat(household.firstBreak().kind()).isEqualTo(ChainBreak.Kind.MISSING);
        assertThat(household.firstBreak().position()).isEqualTo(1);
        assertThat(whole.firstBreak().kind()).isEqualTo(ChainBreak.Kind.MISSING);
        assertThat(whole.firstBreak().position()).isEqualTo(1);
    }

    @Test
    void aDeletedEventWhoseSuccessorsWereRenumberedBreaksTheLink() {
        stored.deleteOne(Filters.eq("_id", householdEventIds.get(1)));
        for (int position = 2; position <= 4; position++) {
            stored.updateOne(Filters.and(Filters.eq("householdId", HOUSEHOLD), Filters.eq("householdPosition", (long) position)),
                    Updates.set("householdPosition", (long) position - 1));
        }

        Verification household = verification.verifyHousehold(HOUSEHOLD);

        assertThat(household.firstBreak().kind()).isEqualTo(ChainBreak.Kind.BROKEN_LINK);
        assertThat(household.firstBreak().position()).isEqualTo(1);
    }

    @Test
    void deletingTheLastEventIsCaughtByTheRecordedHead() {
        stored.deleteOne(Filters.eq("_id", householdEventIds.get(4)));

        Verification household = verification.verifyHousehold(HOUSEHOLD);

        assertThat(household.firstBreak().kind()).isEqualTo(ChainBreak.Kind.MISSING);
        assertThat(household.firstBreak().position()).isEqualTo(4);
    }

    @Test
    void aSwappedPairIsReportedReorderedAtTheFirstOfThem() {
        String second = householdEventIds.get(1);
        String third = householdEventIds.get(2);
        Document a = stored.find(Filters.eq("_id", second)).first();
        Document b = stored.find(Filters.eq("_id", third)).first();
        stored.updateOne(Filters.eq("_id", second), Updates.combine(Updates.set("householdPosition", b.getLong("householdPosition")),
                Updates.set("logPosition", -1L)));
        stored.updateOne(Filters.eq("_id", third), Updates.combine(Updates.set("householdPosition", a.getLong("householdPosition")),
                Updates.set("logPosition", a.getLong("logPosition"))));
        stored.updateOne(Filters.eq("_id", second), Updates.set("logPosition", b.getLong("logPosition")));

        Verification household = verification.verifyHousehold(HOUSEHOLD);
        Verification whole = verification.verifyLog();

        assertThat(household.firstBreak().kind()).isEqualTo(ChainBreak.Kind.REORDERED);
        assertThat(household.firstBreak().position()).isEqualTo(1);
        assertThat(household.firstBreak().eventId()).isEqualTo(third);
        assertThat(whole.firstBreak().kind()).isEqualTo(ChainBreak.Kind.REORDERED);
        assertThat(whole.firstBreak().position()).isEqualTo(1);
    }

    @Test
    void aRewriteThatRecomputesEveryHashIsCaughtByThePeriodSeal() {
        verification.seal("2026-Q2", ARCHIVE_OFFICER);
        rewriteBodyAndRehashTheWholeLog(householdEventIds.get(0), "{\"householdId\":\"hh-1\",\"step\":99}");

        Verification whole = verification.verifyLog();

        assertThat(whole.firstBreak().kind()).isEqualTo(ChainBreak.Kind.SEAL_MISMATCH);
        assertThat(whole.firstBreak().position()).isEqualTo(5);
        assertThat(whole.firstBreak().detail()).contains("2026-Q2");
    }

    @Test
    void aPeriodIsSealedOnceAndABrokenChainIsNotSealed() {
        verification.seal("2026-Q2", ARCHIVE_OFFICER);
        assertThatThrownBy(() -> verification.seal("2026-Q2", ARCHIVE_OFFICER))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.code()).isEqualTo(AuditErrorCode.PERIOD_ALREADY_SEALED));

        stored.deleteOne(Filters.eq("_id", householdEventIds.get(1)));

        assertThatThrownBy(() -> verification.seal("2026-Q3", ARCHIVE_OFFICER))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.code()).isEqualTo(AuditErrorCode.CHAIN_BROKEN));
    }

    @Test
    void aPeriodNameOutsideTheRuleIsRefusedNamingTheField() {
        assertThatThrownBy(() -> verification.seal("2026 Q3; drop", ARCHIVE_OFFICER))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.code()).isEqualTo(AuditErrorCode.INVALID_PERIOD);
                    assertThat(e.field()).isEqualTo("period");
                });
    }

    /** What an attacker with write access would do: change an event and recompute every hash after it. */
    private void rewriteBodyAndRehashTheWholeLog(String eventId, String newBody) {
        stored.updateOne(Filters.eq("_id", eventId), Updates.set("body", newBody));
        String previous = HashChain.GENESIS;
        for (Document d : stored.find().sort(Sorts.ascending("logPosition")).into(new ArrayList<>())) {
            AuditedEvent event = readBack(d);
            String hash = HashChain.link(previous, event);
            stored.updateOne(Filters.eq("_id", d.getString("_id")),
                    Updates.combine(Updates.set("logPreviousHash", previous), Updates.set("logHash", hash)));
            previous = hash;
        }
        database.getCollection(MongoAuditLog.HEADS).updateOne(Filters.eq("_id", "log"), Updates.set("hash", previous));
    }

    private static AuditedEvent readBack(Document d) {
        return MongoAuditLog.fromDocument(d).event();
    }
}

package io.jiandang.audit.asof.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jiandang.audit.asof.domain.HouseholdState;
import io.jiandang.audit.asof.domain.HouseholdStateFold;
import io.jiandang.audit.asof.domain.StateDifference;
import io.jiandang.audit.log.adapters.out.persistence.MongoAuditLog;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.audit.support.Events;
import io.jiandang.audit.support.MongoWireServer;
import io.jiandang.testing.MovableClock;
import io.jiandang.envelope.EventEnvelope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household registered in March 2026 whose April income was corrected in June and whose member's departure in
 * May was recorded only in June: its state at several (business date D, recorded time T) pairs.
 */
class AsOfStatesOfACorrectedHouseholdTest {

    private static final MongoWireServer MONGO = new MongoWireServer();
    private static final String HH = "hh-corrected";
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private AuditLogAppender appender;
    private AsOfReconstruction reconstruction;
    private long sequence;

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @BeforeEach
    void theHouseholdsHistory() {
        MongoAuditLog log = new MongoAuditLog(MONGO.freshDatabase());
        appender = new AuditLogAppender(log, new MovableClock(Instant.parse("2026-11-28T00:00:00Z")), JSON);
        reconstruction = new AsOfReconstruction(log, HouseholdStateFold.standard(), JSON);
        sequence = 0;
        appender.append("registration.events", new EventEnvelope("policy-2", "/jiandang/registration",
                "io.jiandang.registration.RegistrationPolicyPublished", "registration-policy", Instant.parse("2025-09-01T00:00:00Z"),
                0L, "RegistrationPolicy", "450000", null, null, null, """
                {"policyId":"registration-policy","divisionCode":"450000","version":2,"indicators":[],"vetoRules":[],
                 "noticePeriodDays":7,"povertyClassThresholds":{"EXTREME":20,"SPECIAL":35},"publishedAt":"2025-09-01T00:00:00Z"}"""
                .getBytes()));
        registration("HouseholdSurveyed", "2026-01-05", null, """
                {"householdId":"hh-corrected","divisionCode":"451227101201","score":18.5,"policyVersion":2,"answers":{},
                 "causes":["ILLNESS"],"areas":[],"members":[%s,%s,%s]}""".formatted(member("1", "HEAD"), member("2", "SPOUSE"), member("3", "CHILD")));
        registration("HouseholdNominatedAsCandidate", "2026-01-20", null, body("\"roundId\":\"r-1\",\"cutOffScore\":40"));
        registration("NoticeOpened", "2026-02-01", null, body("\"step\":\"VILLAGE_PUBLIC_NOTICE\",\"closesAt\":\"2026-02-08T00:00:00Z\",\"policyVersion\":2"));
        registration("RegistrationStepPassed", "2026-02-10", null, body("\"step\":\"VILLAGE_PUBLIC_NOTICE\""));
        registration("HouseholdRegistered", "2026-03-01", "2026-03-01", body("\"score\":18.5,\"policyVersion\":2,\"people\":3"));
        other("assistance", "HouseholdPaired", "pairing:hh-corrected", "2026-03-10", null,
                body("\"cadreId\":\"cadre-7\",\"reason\":\"first pairing\",\"pairedOn\":\"2026-03-10\",\"policyVersion\":1"));
        registration("HouseholdUpdated", "2026-04-10", "2026-04-10", body("\"cycle\":\"2026-Q2\",\"change\":{\"kind\":\"INCOME\",\"netIncomePerHead\":2500}"));
        // recorded in June: the third member left in May (retroactive)
        registration("HouseholdUpdated", "2026-06-15", "2026-05-01", body("\"cycle\":\"2026-Q2\",\"change\":{\"kind\":\"MEMBER_LEFT\",\"memberId\":\"3\",\"reason\":\"married\"}"));
        // recorded in June: the April income corrected (same business date, later recording wins)
        registration("HouseholdUpdated", "2026-06-20", "2026-04-10", body("\"cycle\":\"2026-Q2\",\"change\":{\"kind\":\"INCOME\",\"netIncomePerHead\":3100}"));
        other("assistance", "HandbookPrinted", "handbook-1", "2026-07-01", null, body("\"year\":2026"));
        other("exit", "HouseholdExited", "exit-1", "2026-12-20", "2026-12-18", body("\"exitId\":\"exit-1\",\"exitYear\":2026,"
                + "\"exitedOn\":\"2026-12-18\",\"netIncomePerHead\":4100,\"incomeLine\":3146,\"criteriaVersion\":1,"
                + "\"trackingEndsOn\":\"2028-12-17\",\"observationEndsOn\":\"2029-12-17\""));
    }

    @Test
    void duringTheVillageNoticeTheProcedureIsOpenAndTheClassFollowsThePolicyThresholds() {
        HouseholdState state = reconstruction.asOf(HH, date("2026-02-15"), endOf("2026-02-15"));

        assertThat(state.status()).isEqualTo("IN_REGISTRATION");
        assertThat(state.openProcedures()).extracting(HouseholdState.OpenProcedure::kind, HouseholdState.OpenProcedure::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTRATION", "VILLAGE_PUBLIC_NOTICE"));
        assertThat(state.people()).isEqualTo(3);
        assertThat(state.povertyClass()).isEqualTo("EXTREME");
        assertThat(state.members()).extracting(HouseholdState.Member::personRef).containsExactly("fp1fp1fp1fp1", "fp2fp2fp2fp2", "fp3fp3fp3fp3");
    }

    @Test
    void beforeTheCorrectionsWereRecordedMayShowsTheFirstIncomeAndThreeMembers() {
        HouseholdState state = reconstruction.asOf(HH, date("2026-05-15"), endOf("2026-05-31"));

        assertThat(state.status()).isEqualTo("REGISTERED");
        assertThat(state.netIncomePerHead()).isEqualByComparingTo("2500");
        assertThat(state.people()).isEqualTo(3);
        assertThat(state.pairing().cadres()).extracting(HouseholdState.PairedCadre::cadreId).containsExactly("cadre-7");
        assertThat(state.openProcedures()).isEmpty();
    }

    @Test
    void afterTheCorrectionsWereRecordedTheSameMayShowsTheCorrectedIncomeAndTwoMembers() {
        HouseholdState state = reconstruction.asOf(HH, date("2026-05-15"), endOf("2026-06-30"));

        assertThat(state.netIncomePerHead()).isEqualByComparingTo("3100");
        assertThat(state.people()).isEqualTo(2);
        assertThat(state.members()).extracting(HouseholdState.Member::memberId).containsExactly("1", "2");
    }

    @Test
    void aDateBeforeTheDepartureKeepsTheMemberEvenAsKnownLater() {
        HouseholdState april = reconstruction.asOf(HH, date("2026-04-20"), endOf("2026-06-30"));
        HouseholdState march = reconstruction.asOf(HH, date("2026-03-31"), endOf("2026-06-30"));

        assertThat(april.people()).isEqualTo(3);
        assertThat(april.netIncomePerHead()).isEqualByComparingTo("3100");
        assertThat(march.netIncomePerHead()).isNull();
        assertThat(march.status()).isEqualTo("REGISTERED");
    }

    @Test
    void theExitCountsOnlyOnceRecordedAndUnknownFactsAreListed() {
        HouseholdState known = reconstruction.asOf(HH, date("2026-12-31"), endOf("2026-12-31"));
        HouseholdState notYetKnown = reconstruction.asOf(HH, date("2026-12-31"), endOf("2026-12-19"));

        assertThat(known.status()).isEqualTo("EXITED");
        assertThat(known.exit().exitedOn()).isEqualTo(date("2026-12-18"));
        assertThat(known.exit().phase()).isEqualTo("TRACKING");
        assertThat(known.netIncomePerHead()).isEqualByComparingTo("4100");
        assertThat(known.unreconstructedFacts()).extracting(HouseholdState.UnreconstructedFact::type)
                .containsExactly("io.jiandang.assistance.HandbookPrinted");
        assertThat(notYetKnown.status()).isEqualTo("REGISTERED");
        assertThat(notYetKnown.exit()).isNull();
    }

    @Test
    void nothingIsKnownBeforeTheSurveyWasRecorded() {
        HouseholdState state = reconstruction.asOf(HH, date("2026-12-31"), endOf("2026-01-04"));

        assertThat(state.status()).isNull();
        assertThat(state.factsApplied()).isZero();
    }

    @Test
    void theDifferenceOfTwoKnowledgeTimesNamesTheCorrectedFields() {
        AsOfReconstruction.Difference difference = reconstruction.difference(HH, date("2026-05-15"), endOf("2026-05-31"),
                date("2026-05-15"), endOf("2026-06-30"));

        assertThat(difference.changes()).extracting(StateDifference.Change::field)
                .containsExactlyInAnyOrder("members", "netIncomePerHead", "people");
        StateDifference.Change income = difference.changes().stream().filter(c -> c.field().equals("netIncomePerHead")).findFirst().orElseThrow();
        assertThat(income.before().decimalValue()).isEqualByComparingTo(new BigDecimal("2500"));
        assertThat(income.after().decimalValue()).isEqualByComparingTo(new BigDecimal("3100"));
    }

    @Test
    void anUnknownKindOfChangeIsListedNotGuessed() {
        registration("HouseholdUpdated", "2026-07-10", "2026-07-10", body("\"cycle\":\"2026-Q3\",\"change\":{\"kind\":\"LAND\",\"mu\":3}"));

        HouseholdState state = reconstruction.asOf(HH, date("2026-07-31"), endOf("2026-07-31"));

        assertThat(state.unreconstructedFacts()).extracting(HouseholdState.UnreconstructedFact::type)
                .containsExactly("io.jiandang.assistance.HandbookPrinted", "io.jiandang.registration.HouseholdUpdated");
        assertThat(state.netIncomePerHead()).isEqualByComparingTo("3100");
    }

    @Test
    void anApprovedRelapseReturnsTheHouseholdToPovertyFromItsDate() {
        other("relapse", "RelapseApplied", "case-1", "2027-03-01", null, body("\"caseId\":\"case-1\""));
        other("relapse", "RelapseStepPassed", "case-1", "2027-03-05", null, body("\"caseId\":\"case-1\",\"step\":\"VILLAGE_DELIBERATION\""));

        HouseholdState pending = reconstruction.asOf(HH, date("2027-03-06"), endOf("2027-03-06"));
        other("relapse", "RelapseApproved", "case-1", "2027-03-20", null, body("\"caseId\":\"case-1\",\"poorAgainFrom\":\"2027-03-01\""));
        HouseholdState approved = reconstruction.asOf(HH, date("2027-03-31"), endOf("2027-03-31"));

        assertThat(pending.status()).isEqualTo("EXITED");
        assertThat(pending.openProcedures()).extracting(HouseholdState.OpenProcedure::kind, HouseholdState.OpenProcedure::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RELAPSE", "VILLAGE_DELIBERATION"));
        assertThat(approved.status()).isEqualTo("RETURNED_TO_POVERTY");
        assertThat(approved.poorAgainFrom()).isEqualTo(date("2027-03-01"));
        assertThat(approved.openProcedures()).isEmpty();
    }

    // ---- helpers

    private void registration(String name, String recordedOn, String effectiveOn, String body) {
        appender.append("registration.events", Events.registration(name, HH, sequence++, recordedOn + "T02:00:00Z", effectiveOn, body));
    }

    private final java.util.Map<String, Long> otherSequences = new java.util.HashMap<>();

    private void other(String context, String name, String aggregate, String recordedOn, String effectiveOn, String body) {
        long seq = otherSequences.merge(aggregate, 1L, Long::sum) - 1;
        appender.append(context + ".events", Events.event(context, name, HH, aggregate, seq, recordedOn + "T02:00:00Z",
                effectiveOn, Events.COUNTY_OFFICER, body));
    }

    private static String body(String fields) {
        return "{\"householdId\":\"hh-corrected\",\"divisionCode\":\"451227101201\"," + fields + "}";
    }

    private static String member(String id, String relation) {
        return """
                {"memberId":"%s","nameCipher":"AQID.bg","idNumberCipher":"AQID.aQ","idFingerprint":"%s","relationToHead":"%s",
                 "birthYear":1970,"sex":"MALE"}""".formatted(id, ("fp" + id).repeat(8), relation);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant endOf(String iso) {
        return LocalDate.parse(iso).plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().minusNanos(1);
    }

}

package io.jiandang.audit.asof.application;

import io.jiandang.audit.asof.domain.HouseholdState;
import io.jiandang.audit.asof.domain.HouseholdStateFold;
import io.jiandang.audit.log.adapters.out.persistence.MongoAuditLog;
import io.jiandang.audit.log.application.AuditLogAppender;
import io.jiandang.audit.support.Events;
import io.jiandang.audit.support.MongoWireServer;
import io.jiandang.testing.MovableClock;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The as-of reconstruction from the assistance, exit and relapse contracts' events, by their real names and fields:
 * a household registered in 2025, paired, re-paired late, classed and with counted income, then through the exit
 * steps to cancellation, and a relapse case with its notice and an objection.
 */
class AsOfStatesFromAssistanceExitAndRelapseFactsTest {

    private static final MongoWireServer MONGO = new MongoWireServer();
    private static final String HH = "hh-assisted";

    private AuditLogAppender appender;
    private AsOfReconstruction reconstruction;
    private final Map<String, Long> sequences = new HashMap<>();

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @BeforeEach
    void aRegisteredHousehold() {
        MongoAuditLog log = new MongoAuditLog(MONGO.freshDatabase());
        appender = new AuditLogAppender(log, new MovableClock(Instant.parse("2026-11-28T00:00:00Z")), AsOfStatesOfACorrectedHouseholdTest.JSON);
        reconstruction = new AsOfReconstruction(log, HouseholdStateFold.standard(), AsOfStatesOfACorrectedHouseholdTest.JSON);
        fact("registration", "HouseholdSurveyed", HH, "2025-01-05", null, body("\"score\":30,\"policyVersion\":1,\"members\":[],\"causes\":[]"));
        fact("registration", "HouseholdRegistered", HH, "2025-03-01", "2025-03-01", body("\"score\":30,\"policyVersion\":1,\"people\":3"));
    }

    @Test
    void aRepairingRecordedLateMovesTheCadreAsAtItsDateOnlyForLaterKnowledge() {
        fact("assistance", "HouseholdPaired", "pairing:" + HH, "2025-03-10", null, body("\"cadreId\":\"cadre-1\",\"reason\":\"r\",\"pairedOn\":\"2025-03-10\",\"policyVersion\":1"));
        fact("assistance", "HouseholdPaired", "pairing:" + HH, "2025-03-11", null, body("\"cadreId\":\"cadre-2\",\"reason\":\"r\",\"pairedOn\":\"2025-03-11\",\"policyVersion\":1"));
        // recorded in November, holding from August: cadre-1's pairing passed to cadre-3
        fact("assistance", "HouseholdRepaired", "pairing:" + HH, "2025-11-20", null,
                body("\"previousCadreId\":\"cadre-1\",\"cadreId\":\"cadre-3\",\"reason\":\"moved\",\"repairedOn\":\"2025-08-01\",\"policyVersion\":1"));

        assertThat(cadres(reconstruction.asOf(HH, date("2025-09-30"), endOf("2025-10-05")))).containsExactly("cadre-1", "cadre-2");
        assertThat(cadres(reconstruction.asOf(HH, date("2025-09-30"), endOf("2025-11-30")))).containsExactly("cadre-2", "cadre-3");
        assertThat(cadres(reconstruction.asOf(HH, date("2025-07-31"), endOf("2025-11-30")))).containsExactly("cadre-1", "cadre-2");
        HouseholdState.PairedCadre moved = reconstruction.asOf(HH, date("2025-09-30"), endOf("2025-11-30")).pairing().cadres().get(1);
        assertThat(moved.since()).isEqualTo(date("2025-08-01"));

        fact("assistance", "PairingEnded", "pairing:" + HH, "2025-12-01", null, body("\"cadreId\":\"cadre-2\",\"reason\":\"r\",\"endedOn\":\"2025-12-01\""));
        assertThat(cadres(reconstruction.asOf(HH, date("2025-12-31"), endOf("2025-12-31")))).containsExactly("cadre-3");
        assertThat(reconstruction.asOf(HH, date("2025-03-09"), endOf("2025-12-31")).pairing()).isNull();
    }

    @Test
    void theClassSetByAssistanceIsPreferredAndCountedIncomeEntriesAndTheYearlyFigureAreShown() {
        fact("assistance", "PovertyClassChanged", "poverty-class:" + HH, "2025-03-05", null, body(
                "\"previousClass\":null,\"povertyClass\":\"SPECIAL\",\"score\":30,\"policyVersion\":1,\"standardPerHousehold\":3000,\"changedOn\":\"2025-03-05\""));
        fact("assistance", "IncomeEntryCounted", "income:" + HH + ":2025", "2025-02-05", "2025-02-05", body(
                "\"entryId\":\"e-1\",\"month\":\"2025-01\",\"amounts\":{},\"productionCosts\":0,\"netIncome\":600,\"members\":3,\"supersedesEntryId\":null,\"cadreId\":\"cadre-1\""));
        fact("assistance", "IncomeEntryCounted", "income:" + HH + ":2025", "2025-02-20", "2025-02-20", body(
                "\"entryId\":\"e-2\",\"month\":\"2025-01\",\"amounts\":{},\"productionCosts\":0,\"netIncome\":750,\"members\":3,\"supersedesEntryId\":\"e-1\",\"cadreId\":\"cadre-1\""));
        fact("assistance", "YearlyNetIncomePerHeadChanged", "income:" + HH + ":2025", "2025-02-20", "2025-02-20", body(
                "\"year\":2025,\"netIncome\":750,\"members\":3,\"netIncomePerHead\":250.00,\"monthsCounted\":1"));

        HouseholdState state = reconstruction.asOf(HH, date("2025-03-31"), endOf("2025-03-31"));
        assertThat(state.povertyClass()).isEqualTo("SPECIAL");
        assertThat(state.povertyClassSource()).isEqualTo("ASSISTANCE");
        assertThat(state.countedIncomeEntries()).extracting(HouseholdState.IncomeEntry::month, HouseholdState.IncomeEntry::entryId)
                .containsExactly(Tuple.tuple("2025-01", "e-2"));
        assertThat(state.yearlyIncomes().get(2025).netIncomePerHead()).isEqualByComparingTo("250.00");
        assertThat(state.netIncomePerHead()).isEqualByComparingTo("250.00");
        // before the class was set: none from thresholds either (no registration policy was logged)
        assertThat(reconstruction.asOf(HH, date("2025-03-04"), endOf("2025-03-31")).povertyClass()).isNull();
    }

    @Test
    void theExitStepsOpenAnExitProcedureUntilCancellationNamesTheExit() {
        String exit = "exit-9";
        fact("exit", "HouseholdExitAssessed", exit, "2026-01-10", null, body("\"exitId\":\"exit-9\",\"exitYear\":2025,\"netIncomePerHead\":4200,"
                + "\"incomeLine\":3146,\"monthsCounted\":12,\"criteriaVersion\":2,\"guarantees\":[],\"verificationTeam\":[\"t-1\"]"));
        fact("exit", "ExitConfirmationSigned", exit, "2026-01-11", null, body("\"exitId\":\"exit-9\",\"signatory\":\"HOUSEHOLD_HEAD\",\"signedBy\":\"o-1\",\"evidenceReference\":\"scan-1\""));
        fact("exit", "ExitConfirmationSigned", exit, "2026-01-12", null, body("\"exitId\":\"exit-9\",\"signatory\":\"PAIRING_CADRE\",\"signedBy\":\"cadre-1\",\"evidenceReference\":null"));
        HouseholdState signing = reconstruction.asOf(HH, date("2026-01-12"), endOf("2026-01-12"));
        assertThat(signing.openProcedures()).extracting(HouseholdState.OpenProcedure::kind, HouseholdState.OpenProcedure::stage)
                .containsExactly(Tuple.tuple("EXIT", "SIGNED: HOUSEHOLD_HEAD, PAIRING_CADRE"));
        assertThat(signing.netIncomePerHead()).isEqualByComparingTo("4200");

        fact("exit", "ExitConfirmationSigned", exit, "2026-01-13", null, body("\"exitId\":\"exit-9\",\"signatory\":\"VERIFICATION_TEAM_MEMBER\",\"signedBy\":\"t-1\""));
        fact("exit", "ExitNoticeOpened", exit, "2026-01-14", null, body("\"exitId\":\"exit-9\",\"opensAt\":\"2026-01-14T00:00:00Z\",\"closesAt\":\"2026-01-21T00:00:00Z\",\"noticePeriodDays\":7"));
        fact("exit", "ExitObjectionLodged", exit, "2026-01-15", null, body("\"exitId\":\"exit-9\",\"objectionId\":\"o-7\",\"text\":\"t\""));
        HouseholdState notice = reconstruction.asOf(HH, date("2026-01-15"), endOf("2026-01-15"));
        assertThat(notice.openProcedures()).extracting(HouseholdState.OpenProcedure::kind, HouseholdState.OpenProcedure::reference)
                .containsExactly(Tuple.tuple("EXIT", "exit-9"), Tuple.tuple("NOTICE", "exit-9"), Tuple.tuple("OBJECTION", "o-7"));

        fact("exit", "ExitObjectionResolved", exit, "2026-01-18", null, body("\"exitId\":\"exit-9\",\"objectionId\":\"o-7\",\"upheld\":false,\"answer\":\"a\""));
        fact("exit", "HouseholdExited", exit, "2026-01-25", "2026-01-25", body("\"exitId\":\"exit-9\",\"exitYear\":2025,\"exitedOn\":\"2026-01-25\","
                + "\"netIncomePerHead\":4200,\"incomeLine\":3146,\"criteriaVersion\":2,\"trackingEndsOn\":\"2028-01-24\",\"observationEndsOn\":\"2029-01-24\""));
        HouseholdState exited = reconstruction.asOf(HH, date("2026-01-31"), endOf("2026-01-31"));
        assertThat(exited.status()).isEqualTo("EXITED");
        assertThat(exited.openProcedures()).isEmpty();
        assertThat(exited.exit().exitId()).isEqualTo("exit-9");
        assertThat(exited.exit().exitYear()).isEqualTo(2025);
        assertThat(exited.exit().criteriaVersion()).isEqualTo(2);
        assertThat(exited.unreconstructedFacts()).isEmpty();
    }

    @Test
    void aRejectedExitClosesItsProcedureAndTheHouseholdStaysRegistered() {
        fact("exit", "HouseholdExitAssessed", "exit-r", "2026-01-10", null, body("\"exitId\":\"exit-r\",\"exitYear\":2025,\"netIncomePerHead\":4200,"
                + "\"incomeLine\":3146,\"monthsCounted\":12,\"criteriaVersion\":2,\"guarantees\":[],\"verificationTeam\":[]"));
        fact("exit", "HouseholdExitRejected", "exit-r", "2026-01-20", null, body("\"exitId\":\"exit-r\",\"reason\":\"veto\",\"vetoCode\":\"V1\",\"evidence\":\"doc-1\""));

        HouseholdState state = reconstruction.asOf(HH, date("2026-01-31"), endOf("2026-01-31"));
        assertThat(state.status()).isEqualTo("REGISTERED");
        assertThat(state.openProcedures()).isEmpty();
    }

    @Test
    void aRelapseCaseShowsEachStepItsNoticeAndObjectionsUntilTheCountyDecides() {
        fact("exit", "HouseholdExited", "exit-1", "2026-01-25", "2026-01-25", body("\"exitId\":\"exit-1\",\"exitYear\":2025,\"exitedOn\":\"2026-01-25\","
                + "\"netIncomePerHead\":4200,\"incomeLine\":3146,\"criteriaVersion\":2,\"trackingEndsOn\":\"2028-01-24\",\"observationEndsOn\":\"2029-01-24\""));
        String c = "case-4";
        fact("relapse", "RelapseApplied", c, "2026-06-01", null, body("\"caseId\":\"case-4\",\"causes\":[\"ILLNESS\"],\"netIncomePerHead\":1500,"
                + "\"evidence\":[\"doc-9\"],\"exitId\":\"exit-1\",\"exitedOn\":\"2026-01-25\",\"policyVersion\":3,\"nextStepDueOn\":\"2026-06-15\""));
        fact("relapse", "RelapseStepPassed", c, "2026-06-01", null, body("\"caseId\":\"case-4\",\"step\":\"APPLICATION\",\"verifiedBy\":[]"));
        fact("relapse", "RelapseStepPassed", c, "2026-06-05", null, body("\"caseId\":\"case-4\",\"step\":\"HOME_VERIFICATION\",\"record\":\"seen\",\"verifiedBy\":[\"v-1\"]"));
        fact("relapse", "RelapseStepPassed", c, "2026-06-10", null, body("\"caseId\":\"case-4\",\"step\":\"VILLAGE_DELIBERATION\",\"verifiedBy\":[],"
                + "\"meeting\":{\"heldOn\":\"2026-06-09\",\"entitled\":20,\"attendees\":15,\"votesFor\":14,\"votesAgainst\":1}"));
        fact("relapse", "RelapseNoticeOpened", c, "2026-06-12", null, body("\"caseId\":\"case-4\",\"review\":\"ok\",\"opensAt\":\"2026-06-12T00:00:00Z\","
                + "\"closesAt\":\"2026-06-19T00:00:00Z\",\"noticePeriodDays\":7,\"policyVersion\":3"));
        fact("relapse", "RelapseObjectionLodged", c, "2026-06-13", null, body("\"caseId\":\"case-4\",\"objectionId\":\"ro-1\",\"text\":\"t\""));

        HouseholdState inNotice = reconstruction.asOf(HH, date("2026-06-13"), endOf("2026-06-13"));
        assertThat(inNotice.openProcedures()).extracting(HouseholdState.OpenProcedure::kind, HouseholdState.OpenProcedure::stage)
                .containsExactly(Tuple.tuple("RELAPSE", "VILLAGE_DELIBERATION"), Tuple.tuple("NOTICE", "OPEN until 2026-06-19T00:00:00Z"),
                        Tuple.tuple("OBJECTION", "relapse case-4"));

        fact("relapse", "RelapseObjectionAnswered", c, "2026-06-16", null, body("\"caseId\":\"case-4\",\"objectionId\":\"ro-1\",\"upheld\":false,\"answer\":\"a\""));
        fact("relapse", "RelapseStepPassed", c, "2026-06-20", null, body("\"caseId\":\"case-4\",\"step\":\"TOWNSHIP_REVIEW_AND_NOTICE\",\"verifiedBy\":[]"));
        assertThat(reconstruction.asOf(HH, date("2026-06-20"), endOf("2026-06-20")).openProcedures())
                .extracting(HouseholdState.OpenProcedure::kind, HouseholdState.OpenProcedure::stage)
                .containsExactly(Tuple.tuple("RELAPSE", "TOWNSHIP_REVIEW_AND_NOTICE"));

        fact("relapse", "RelapseApproved", c, "2026-06-25", null, body("\"caseId\":\"case-4\",\"poorAgainFrom\":\"2026-06-25\",\"causes\":[\"ILLNESS\"],"
                + "\"exitId\":\"exit-1\",\"policyVersion\":3"));
        HouseholdState approved = reconstruction.asOf(HH, date("2026-06-30"), endOf("2026-06-30"));
        assertThat(approved.status()).isEqualTo("RETURNED_TO_POVERTY");
        assertThat(approved.causes()).containsExactly("ILLNESS");
        assertThat(approved.openProcedures()).isEmpty();
        assertThat(approved.unreconstructedFacts()).isEmpty();
    }

    @Test
    void aBodyThatDoesNotFitItsContractIsListedNotGuessed() {
        fact("assistance", "HouseholdPaired", "pairing:" + HH, "2025-03-10", null, body("\"cadreId\":\"cadre-1\",\"pairedOn\":\"not a date\""));

        HouseholdState state = reconstruction.asOf(HH, date("2025-03-31"), endOf("2025-03-31"));
        assertThat(state.pairing()).isNull();
        assertThat(state.unreconstructedFacts()).extracting(HouseholdState.UnreconstructedFact::type)
                .containsExactly("io.jiandang.assistance.HouseholdPaired");
    }

    // ---- helpers

    private void fact(String context, String name, String aggregate, String recordedOn, String effectiveOn, String body) {
        long seq = sequences.merge(aggregate, 1L, Long::sum) - 1;
        appender.append(context + ".events", Events.event(context, name, HH, aggregate, seq, recordedOn + "T02:00:00Z",
                effectiveOn, Events.COUNTY_OFFICER, body));
    }

    private static java.util.List<String> cadres(HouseholdState state) {
        return state.pairing().cadres().stream().map(HouseholdState.PairedCadre::cadreId).toList();
    }

    private static String body(String fields) {
        return "{\"householdId\":\"" + HH + "\",\"divisionCode\":\"451227101201\"," + fields + "}";
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant endOf(String iso) {
        return LocalDate.parse(iso).plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().minusNanos(1);
    }
}

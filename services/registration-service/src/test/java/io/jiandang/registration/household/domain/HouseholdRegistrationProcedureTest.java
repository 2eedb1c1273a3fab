package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdVetoedEvent;
import io.jiandang.contracts.registration.NoticeOpenedEvent;
import io.jiandang.contracts.registration.ObjectionLodgedEvent;
import io.jiandang.contracts.registration.ObjectionResolvedEvent;
import io.jiandang.contracts.registration.RegistrationRejectedEvent;
import io.jiandang.contracts.registration.RegistrationStepPassedEvent;
import io.jiandang.registration.household.api.LodgeObjectionCommand;
import io.jiandang.registration.household.api.NominateCandidateCommand;
import io.jiandang.registration.household.api.OpenNoticeCommand;
import io.jiandang.registration.household.api.PassRegistrationStepCommand;
import io.jiandang.registration.household.api.RejectRegistrationCommand;
import io.jiandang.registration.household.api.ResolveObjectionCommand;
import io.jiandang.security.AccessRefusedException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.jiandang.contracts.registration.RegistrationStep.COUNTY_ANNOUNCEMENT;
import static io.jiandang.contracts.registration.RegistrationStep.COUNTY_REVIEW;
import static io.jiandang.contracts.registration.RegistrationStep.FIRST_HOME_VISIT;
import static io.jiandang.contracts.registration.RegistrationStep.SECOND_HOME_VISIT;
import static io.jiandang.contracts.registration.RegistrationStep.TOWNSHIP_PUBLIC_NOTICE;
import static io.jiandang.contracts.registration.RegistrationStep.TOWNSHIP_REVIEW;
import static io.jiandang.contracts.registration.RegistrationStep.VILLAGE_GROUP_DELIBERATION;
import static io.jiandang.contracts.registration.RegistrationStep.VILLAGE_PUBLIC_NOTICE;
import static io.jiandang.contracts.registration.RegistrationStep.VILLAGE_REPRESENTATIVES_DELIBERATION;
import static io.jiandang.registration.common.api.RegistrationErrorCode.ALREADY_REGISTERED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.HOUSEHOLD_OUTSIDE_COUNTY;
import static io.jiandang.registration.common.api.RegistrationErrorCode.HOUSEHOLD_VETOED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NOTICE_ALREADY_OPEN;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NOTICE_NOT_OPEN;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NOTICE_PERIOD_NOT_ELAPSED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NOT_A_CANDIDATE;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NOT_A_NOTICE_STEP;
import static io.jiandang.registration.common.api.RegistrationErrorCode.OBJECTION_ALREADY_RESOLVED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.OBJECTION_NOT_FOUND;
import static io.jiandang.registration.common.api.RegistrationErrorCode.OBJECTION_OPEN;
import static io.jiandang.registration.common.api.RegistrationErrorCode.REASON_REQUIRED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.REGISTRATION_REJECTED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.STEP_OUT_OF_ORDER;
import static io.jiandang.registration.household.domain.HouseholdTestKit.HOUSEHOLD;
import static io.jiandang.registration.household.domain.HouseholdTestKit.ROUND;
import static io.jiandang.registration.household.domain.HouseholdTestKit.START;
import static io.jiandang.registration.support.RegistrationMatchers.accessRefused;
import static io.jiandang.registration.support.RegistrationMatchers.refusedWith;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.OTHER_COUNTY;
import static io.jiandang.registration.support.RegistrationTestData.OTHER_COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.OTHER_VILLAGE_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.POLICY_VERSION;
import static io.jiandang.registration.support.RegistrationTestData.SCORE;
import static io.jiandang.registration.support.RegistrationTestData.TOWNSHIP_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE_OFFICER;

/** The procedure 两入户、两评议、两审核、两公示、一公告: order, levels, jurisdiction, notices, objections, rejection. */
class HouseholdRegistrationProcedureTest {

    private static final String OBJECTION = "0e1d2c3b-4a59-4867-8574-6a5b4c3d2e1f";

    private final HouseholdTestKit kit = new HouseholdTestKit();

    // ---- nomination -----------------------------------------------------------------------------------------

    @Test
    void aHouseholdBelowTheLineBecomesACandidate() {
        kit.fixture.given(kit.surveyed())
                .when(new NominateCandidateCommand(HOUSEHOLD, ROUND, COUNTY, new BigDecimal("31.50")))
                .expectEvents(kit.nominated());
    }

    @Test
    void aRepeatedNominationChangesNothing() {
        kit.fixture.given(kit.candidate())
                .when(new NominateCandidateCommand(HOUSEHOLD, ROUND, COUNTY, new BigDecimal("31.50")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aHouseholdIsNominatedOnlyByItsOwnCounty() {
        kit.fixture.given(kit.surveyed())
                .when(new NominateCandidateCommand(HOUSEHOLD, OTHER_COUNTY + "-2015", OTHER_COUNTY, BigDecimal.TEN))
                .expectException(refusedWith(HOUSEHOLD_OUTSIDE_COUNTY))
                .expectNoEvents();
    }

    @Test
    void aVetoedHouseholdIsNotNominated() {
        kit.fixture.given(kit.surveyed(), new HouseholdVetoedEvent(HOUSEHOLD, VILLAGE, "PUBLIC_PAYROLL", "paid",
                        "list", POLICY_VERSION))
                .when(new NominateCandidateCommand(HOUSEHOLD, ROUND, COUNTY, new BigDecimal("31.50")))
                .expectException(refusedWith(HOUSEHOLD_VETOED))
                .expectNoEvents();
    }

    @Test
    void onlyANominatedCandidateMayStartTheProcedure() {
        kit.fixture.given(kit.surveyed())
                .when(new PassRegistrationStepCommand(HOUSEHOLD, FIRST_HOME_VISIT, null, VILLAGE_OFFICER))
                .expectException(refusedWith(NOT_A_CANDIDATE))
                .expectNoEvents();
        kit.fixture.given(kit.candidate())
                .when(new PassRegistrationStepCommand(HOUSEHOLD, FIRST_HOME_VISIT, "  visited  ", VILLAGE_OFFICER))
                .expectEvents(new RegistrationStepPassedEvent(HOUSEHOLD, VILLAGE, FIRST_HOME_VISIT, "visited"));
    }

    // ---- order ----------------------------------------------------------------------------------------------

    @Test
    void stepsAreTakenInOrder() {
        kit.fixture.given(kit.candidateThrough(FIRST_HOME_VISIT))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_REPRESENTATIVES_DELIBERATION, null,
                        VILLAGE_OFFICER))
                .expectException(refusedWith(STEP_OUT_OF_ORDER, "step", null))
                .expectNoEvents();
        kit.fixture.given(kit.candidateThrough(FIRST_HOME_VISIT))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_GROUP_DELIBERATION, null, VILLAGE_OFFICER))
                .expectEvents(kit.passed(VILLAGE_GROUP_DELIBERATION));
    }

    @Test
    void aStepIsNotPassedTwice() {
        kit.fixture.given(kit.candidateThrough(FIRST_HOME_VISIT))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, FIRST_HOME_VISIT, null, VILLAGE_OFFICER))
                .expectException(refusedWith(STEP_OUT_OF_ORDER));
    }

    @Test
    void cannotPassTownshipReviewBeforeVillagePublicNotice() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_REPRESENTATIVES_DELIBERATION))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, TOWNSHIP_REVIEW, null, TOWNSHIP_OFFICER))
                .expectException(refusedWith(STEP_OUT_OF_ORDER))
                .expectNoEvents();
        kit.fixture.given(kit.candidateThrough(VILLAGE_PUBLIC_NOTICE))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, TOWNSHIP_REVIEW, null, TOWNSHIP_OFFICER))
                .expectEvents(kit.passed(TOWNSHIP_REVIEW));
    }

    // ---- levels and jurisdiction ----------------------------------------------------------------------------

    @Test
    void theSecondHomeVisitIsATownshipOfficersStep() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_GROUP_DELIBERATION))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, SECOND_HOME_VISIT, null, VILLAGE_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.LEVEL))
                .expectNoEvents();
        kit.fixture.given(kit.candidateThrough(VILLAGE_GROUP_DELIBERATION))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, SECOND_HOME_VISIT, null, TOWNSHIP_OFFICER))
                .expectEvents(kit.passed(SECOND_HOME_VISIT));
    }

    @Test
    void anOfficerOfAnotherVillageCannotVisit() {
        kit.fixture.given(kit.candidate())
                .when(new PassRegistrationStepCommand(HOUSEHOLD, FIRST_HOME_VISIT, null, OTHER_VILLAGE_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherCountyCannotReview() {
        kit.fixture.given(kit.candidateThrough(TOWNSHIP_PUBLIC_NOTICE))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, COUNTY_REVIEW, null, OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
        kit.fixture.given(kit.candidateThrough(TOWNSHIP_PUBLIC_NOTICE))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, COUNTY_REVIEW, null, COUNTY_OFFICER))
                .expectEvents(kit.passed(COUNTY_REVIEW));
    }

    // ---- notices --------------------------------------------------------------------------------------------

    @Test
    void openingANoticeAppliesThePolicyPeriodFromTheClock() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_REPRESENTATIVES_DELIBERATION))
                .when(new OpenNoticeCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, VILLAGE_OFFICER))
                .expectEvents(new NoticeOpenedEvent(HOUSEHOLD, VILLAGE, VILLAGE_PUBLIC_NOTICE, START,
                        START.plus(Duration.ofDays(7)), 7, POLICY_VERSION));
    }

    @Test
    void onlyANoticeStepIsOpenedAsANotice() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_PUBLIC_NOTICE))
                .when(new OpenNoticeCommand(HOUSEHOLD, TOWNSHIP_REVIEW, TOWNSHIP_OFFICER))
                .expectException(refusedWith(NOT_A_NOTICE_STEP));
    }

    @Test
    void aNoticeIsOpenedOnlyWhenItIsTheNextStep() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_GROUP_DELIBERATION))
                .when(new OpenNoticeCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, VILLAGE_OFFICER))
                .expectException(refusedWith(STEP_OUT_OF_ORDER));
    }

    @Test
    void aNoticeIsNotOpenedTwice() {
        kit.fixture.given(withOpenVillageNotice())
                .when(new OpenNoticeCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, VILLAGE_OFFICER))
                .expectException(refusedWith(NOTICE_ALREADY_OPEN));
    }

    @Test
    void aNoticeMustBeOpenedBeforeItIsPassed() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_REPRESENTATIVES_DELIBERATION))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, null, VILLAGE_OFFICER))
                .expectException(refusedWith(NOTICE_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void cannotCloseNoticeBeforeNoticePeriodElapsed() {
        var given = kit.fixture.given(withOpenVillageNotice());
        kit.clock.advance(Duration.ofDays(7).minusSeconds(1));
        given.when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, null, VILLAGE_OFFICER))
                .expectException(refusedWith(NOTICE_PERIOD_NOT_ELAPSED))
                .expectNoEvents();
    }

    @Test
    void aNoticeIsPassedOnceItsPeriodHasElapsed() {
        var given = kit.fixture.given(withOpenVillageNotice());
        kit.clock.advance(Duration.ofDays(7));
        given.when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, null, VILLAGE_OFFICER))
                .expectEvents(kit.passed(VILLAGE_PUBLIC_NOTICE));
    }

    // ---- objections -----------------------------------------------------------------------------------------

    @Test
    void anyOfficerCoveringTheHouseholdLodgesAnObjectionDuringTheNotice() {
        kit.fixture.given(withOpenVillageNotice())
                .when(new LodgeObjectionCommand(HOUSEHOLD, OBJECTION, VILLAGE_PUBLIC_NOTICE, "the son owns a truck",
                        COUNTY_OFFICER))
                .expectEvents(lodged());
    }

    @Test
    void anObjectionIsLodgedOnlyAgainstAnOpenNotice() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_REPRESENTATIVES_DELIBERATION))
                .when(new LodgeObjectionCommand(HOUSEHOLD, OBJECTION, VILLAGE_PUBLIC_NOTICE, "the son owns a truck",
                        VILLAGE_OFFICER))
                .expectException(refusedWith(NOTICE_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherCountyCannotLodgeAnObjection() {
        kit.fixture.given(withOpenVillageNotice())
                .when(new LodgeObjectionCommand(HOUSEHOLD, OBJECTION, VILLAGE_PUBLIC_NOTICE, "a truck",
                        OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION));
    }

    @Test
    void aNoticeWithAnOpenObjectionCannotBePassed() {
        List<Object> history = withOpenVillageNotice();
        history.add(lodged());
        var given = kit.fixture.given(history);
        kit.clock.advance(Duration.ofDays(8));
        given.when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, null, VILLAGE_OFFICER))
                .expectException(refusedWith(OBJECTION_OPEN))
                .expectNoEvents();
    }

    @Test
    void aNoticeWhoseObjectionWasDismissedIsPassed() {
        List<Object> history = withOpenVillageNotice();
        history.add(lodged());
        history.add(new ObjectionResolvedEvent(HOUSEHOLD, VILLAGE, OBJECTION, VILLAGE_PUBLIC_NOTICE, false,
                "the truck was sold in 2014"));
        var given = kit.fixture.given(history);
        kit.clock.advance(Duration.ofDays(8));
        given.when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_PUBLIC_NOTICE, null, VILLAGE_OFFICER))
                .expectEvents(kit.passed(VILLAGE_PUBLIC_NOTICE));
    }

    @Test
    void anUpheldObjectionRejectsTheHousehold() {
        List<Object> history = withOpenVillageNotice();
        history.add(lodged());
        kit.fixture.given(history)
                .when(new ResolveObjectionCommand(HOUSEHOLD, OBJECTION, true, "the truck is his", VILLAGE_OFFICER))
                .expectEvents(new ObjectionResolvedEvent(HOUSEHOLD, VILLAGE, OBJECTION, VILLAGE_PUBLIC_NOTICE, true,
                                "the truck is his"),
                        new RegistrationRejectedEvent(HOUSEHOLD, VILLAGE, VILLAGE_PUBLIC_NOTICE,
                                "Objection upheld: the truck is his"));
    }

    @Test
    void anObjectionIsResolvedByAnOfficerOfTheNoticesLevel() {
        List<Object> history = withOpenVillageNotice();
        history.add(lodged());
        kit.fixture.given(history)
                .when(new ResolveObjectionCommand(HOUSEHOLD, OBJECTION, false, "sold", TOWNSHIP_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.LEVEL))
                .expectNoEvents();
    }

    @Test
    void anObjectionIsResolvedOnceWithAReason() {
        List<Object> history = withOpenVillageNotice();
        history.add(lodged());
        kit.fixture.given(history)
                .when(new ResolveObjectionCommand(HOUSEHOLD, OBJECTION, false, " ", VILLAGE_OFFICER))
                .expectException(refusedWith(REASON_REQUIRED, "reason", null));
        history.add(new ObjectionResolvedEvent(HOUSEHOLD, VILLAGE, OBJECTION, VILLAGE_PUBLIC_NOTICE, false, "sold"));
        kit.fixture.given(history)
                .when(new ResolveObjectionCommand(HOUSEHOLD, OBJECTION, true, "after all", VILLAGE_OFFICER))
                .expectException(refusedWith(OBJECTION_ALREADY_RESOLVED));
        kit.fixture.given(history)
                .when(new ResolveObjectionCommand(HOUSEHOLD, "unknown", true, "after all", VILLAGE_OFFICER))
                .expectException(refusedWith(OBJECTION_NOT_FOUND));
    }

    // ---- rejection and registration -------------------------------------------------------------------------

    @Test
    void aHouseholdIsRejectedAtTheCurrentStepWithAReason() {
        kit.fixture.given(kit.candidateThrough(FIRST_HOME_VISIT))
                .when(new RejectRegistrationCommand(HOUSEHOLD, VILLAGE_GROUP_DELIBERATION, "income above the line",
                        VILLAGE_OFFICER))
                .expectEvents(new RegistrationRejectedEvent(HOUSEHOLD, VILLAGE, VILLAGE_GROUP_DELIBERATION,
                        "income above the line"));
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        kit.fixture.given(kit.candidateThrough(FIRST_HOME_VISIT))
                .when(new RejectRegistrationCommand(HOUSEHOLD, VILLAGE_GROUP_DELIBERATION, null, VILLAGE_OFFICER))
                .expectException(refusedWith(REASON_REQUIRED, "reason", "NOT_BLANK"))
                .expectNoEvents();
    }

    @Test
    void aRejectedHouseholdGoesNoFurther() {
        List<Object> history = kit.candidateThrough(FIRST_HOME_VISIT);
        history.add(new RegistrationRejectedEvent(HOUSEHOLD, VILLAGE, VILLAGE_GROUP_DELIBERATION, "income"));
        kit.fixture.given(history)
                .when(new PassRegistrationStepCommand(HOUSEHOLD, VILLAGE_GROUP_DELIBERATION, null, VILLAGE_OFFICER))
                .expectException(refusedWith(REGISTRATION_REJECTED))
                .expectNoEvents();
    }

    @Test
    void passingTheCountyAnnouncementRegistersTheHousehold() {
        kit.fixture.given(kit.candidateThrough(COUNTY_REVIEW))
                .when(new PassRegistrationStepCommand(HOUSEHOLD, COUNTY_ANNOUNCEMENT, null, COUNTY_OFFICER))
                .expectEvents(kit.passed(COUNTY_ANNOUNCEMENT),
                        new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, SCORE, POLICY_VERSION, 2));
    }

    @Test
    void aRegisteredHouseholdHasNoFurtherStep() {
        kit.fixture.given(kit.registered())
                .when(new PassRegistrationStepCommand(HOUSEHOLD, COUNTY_ANNOUNCEMENT, null, COUNTY_OFFICER))
                .expectException(refusedWith(ALREADY_REGISTERED));
    }

    private List<Object> withOpenVillageNotice() {
        List<Object> history = kit.candidateThrough(VILLAGE_REPRESENTATIVES_DELIBERATION);
        history.add(kit.noticeOpened(VILLAGE_PUBLIC_NOTICE, START));
        return history;
    }

    private ObjectionLodgedEvent lodged() {
        return new ObjectionLodgedEvent(HOUSEHOLD, VILLAGE, OBJECTION, VILLAGE_PUBLIC_NOTICE, "the son owns a truck");
    }
}

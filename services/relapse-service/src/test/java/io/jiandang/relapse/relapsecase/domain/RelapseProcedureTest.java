package io.jiandang.relapse.relapsecase.domain;

import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;
import io.jiandang.contracts.relapse.VillageMeeting;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.relapsecase.api.ApproveRelapseCommand;
import io.jiandang.relapse.relapsecase.api.RecordHomeVerificationCommand;
import io.jiandang.relapse.relapsecase.api.RecordVillageDeliberationCommand;
import io.jiandang.relapse.relapsecase.api.RejectRelapseCommand;
import io.jiandang.relapse.relapsecase.api.ReviewAtTownshipCommand;
import io.jiandang.relapse.relapsecase.api.WithdrawRelapseCommand;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.jiandang.relapse.common.api.RelapseErrorCode.CASE_CLOSED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.DELIBERATION_NOT_CARRIED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.MEETING_INVALID;
import static io.jiandang.relapse.common.api.RelapseErrorCode.MEETING_NOT_QUORATE;
import static io.jiandang.relapse.common.api.RelapseErrorCode.POOR_AGAIN_FROM_INVALID;
import static io.jiandang.relapse.common.api.RelapseErrorCode.STEP_OUT_OF_ORDER;
import static io.jiandang.relapse.common.api.RelapseErrorCode.TEXT_INVALID;
import static io.jiandang.relapse.common.api.RelapseErrorCode.VERIFICATION_TEAM_REQUIRED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.WRONG_LEVEL;
import static io.jiandang.relapse.relapsecase.domain.RelapseTestKit.*;
import static io.jiandang.relapse.support.RelapseMatchers.accessRefused;
import static io.jiandang.relapse.support.RelapseMatchers.refusedExpecting;
import static io.jiandang.relapse.support.RelapseMatchers.refusedOnField;
import static io.jiandang.relapse.support.RelapseMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps 2, 3 and 5 and the closing of a case: each step only in order, only by its level, only inside the
 * household's jurisdiction; rejection at any step and withdrawal close the case.
 */
class RelapseProcedureTest {

    private final RelapseTestKit kit = new RelapseTestKit();

    // ---- transitions ------------------------------------------------------------------------------------------

    @Test
    void aTownshipOfficerRecordsTheHomeVerificationAndTheDeliberationFallsDue() {
        kit.fixture.given(applied())
                .when(new RecordHomeVerificationCommand(CASE, "属实", List.of("韦某", "黄某"), TOWNSHIP_OFFICER))
                .expectEvents(new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.HOME_VERIFICATION, "属实",
                        List.of("韦某", "黄某"), null, TODAY.plusDays(15)));
    }

    @Test
    void aVillageOfficerRecordsTheDeliberationAndTheTownshipStepFallsDue() {
        kit.fixture.given(verified())
                .when(new RecordVillageDeliberationCommand(CASE, "评议通过", meeting(), VILLAGE_OFFICER))
                .expectEvents(new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.VILLAGE_DELIBERATION,
                        "评议通过", List.of(), meeting(), TODAY.plusDays(20)));
    }

    @Test
    void theCountyApprovesAndTheHouseholdIsPoorAgainFromTheBusinessDate() {
        kit.registry.claim(HOUSEHOLD, CASE, EXIT);

        kit.fixture.given(noticePassed())
                .when(new ApproveRelapseCommand(CASE, TODAY.minusDays(3), "审定同意", COUNTY_OFFICER))
                .expectEvents(new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.COUNTY_APPROVAL,
                                "审定同意", List.of(), null, null),
                        new RelapseApprovedEvent(CASE, HOUSEHOLD, VILLAGE, TODAY.minusDays(3), CAUSES, EXIT, 1));
        assertThat(kit.registry.claims.get(HOUSEHOLD).state()).isEqualTo("POOR_AGAIN");
    }

    @Test
    void anApprovalWithoutDateMakesTheHouseholdPoorAgainFromToday() {
        kit.registry.claim(HOUSEHOLD, CASE, EXIT);

        kit.fixture.given(noticePassed())
                .when(new ApproveRelapseCommand(CASE, null, "审定同意", COUNTY_OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                org.hamcrest.Matchers.equalTo(new RelapseApprovedEvent(CASE, HOUSEHOLD, VILLAGE, TODAY,
                                        CAUSES, EXIT, 1)))));
    }

    static Stream<Arguments> everyStepAfterTheApplication() {
        return Stream.of(
                Arguments.of(RelapseStep.HOME_VERIFICATION, (Supplier<List<Object>>) RelapseTestKit::applied, TOWNSHIP_OFFICER),
                Arguments.of(RelapseStep.VILLAGE_DELIBERATION, (Supplier<List<Object>>) RelapseTestKit::verified, VILLAGE_OFFICER),
                Arguments.of(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, (Supplier<List<Object>>) RelapseTestKit::deliberated, TOWNSHIP_OFFICER),
                Arguments.of(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, (Supplier<List<Object>>) RelapseTestKit::noticeOpen, TOWNSHIP_OFFICER),
                Arguments.of(RelapseStep.COUNTY_APPROVAL, (Supplier<List<Object>>) RelapseTestKit::noticePassed, COUNTY_OFFICER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStepAfterTheApplication")
    void anOfficerOfTheStepsLevelRejectsTheCaseAndFreesTheHousehold(RelapseStep step, Supplier<List<Object>> history,
                                                                     Actor officer) {
        kit.registry.claim(HOUSEHOLD, CASE, EXIT);

        kit.fixture.given(history.get())
                .when(new RejectRelapseCommand(CASE, step, "收入高于扶贫标准", officer))
                .expectEvents(new RelapseRejectedEvent(CASE, HOUSEHOLD, VILLAGE, step, "收入高于扶贫标准"));
        assertThat(kit.registry.claims).doesNotContainKey(HOUSEHOLD);
    }

    @Test
    void theVillageWithdrawsItsApplicationAndTheWithdrawalIsRecorded() {
        kit.registry.claim(HOUSEHOLD, CASE, EXIT);

        kit.fixture.given(deliberated())
                .when(new WithdrawRelapseCommand(CASE, "家庭收入已恢复", VILLAGE_OFFICER))
                .expectEvents(new RelapseWithdrawnEvent(CASE, HOUSEHOLD, VILLAGE, "家庭收入已恢复"));
        assertThat(kit.registry.claims).doesNotContainKey(HOUSEHOLD);
    }

    // ---- wrong order ------------------------------------------------------------------------------------------

    @Test
    void cannotApproveRelapseBeforeVillageDeliberation() {
        kit.fixture.given(verified())
                .when(new ApproveRelapseCommand(CASE, TODAY, "审定同意", COUNTY_OFFICER))
                .expectException(refusedExpecting(STEP_OUT_OF_ORDER, RelapseStep.VILLAGE_DELIBERATION,
                        DivisionLevel.VILLAGE))
                .expectNoEvents();
    }

    @Test
    void cannotDeliberateBeforeTheHomeVerification() {
        kit.fixture.given(applied())
                .when(new RecordVillageDeliberationCommand(CASE, "评议通过", meeting(), VILLAGE_OFFICER))
                .expectException(refusedExpecting(STEP_OUT_OF_ORDER, RelapseStep.HOME_VERIFICATION,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void cannotVerifyTwice() {
        kit.fixture.given(verified())
                .when(new RecordHomeVerificationCommand(CASE, "属实", List.of("韦某"), TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(STEP_OUT_OF_ORDER, RelapseStep.VILLAGE_DELIBERATION,
                        DivisionLevel.VILLAGE))
                .expectNoEvents();
    }

    @Test
    void cannotReviewAtTownshipBeforeTheDeliberation() {
        kit.fixture.given(verified())
                .when(new ReviewAtTownshipCommand(CASE, "审核通过", TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(STEP_OUT_OF_ORDER, RelapseStep.VILLAGE_DELIBERATION,
                        DivisionLevel.VILLAGE))
                .expectNoEvents();
    }

    @Test
    void cannotRejectAtAStepTheCaseHasNotReached() {
        kit.fixture.given(applied())
                .when(new RejectRelapseCommand(CASE, RelapseStep.COUNTY_APPROVAL, "不符合", COUNTY_OFFICER))
                .expectException(refusedExpecting(STEP_OUT_OF_ORDER, RelapseStep.HOME_VERIFICATION,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    // ---- wrong level ------------------------------------------------------------------------------------------

    @Test
    void aVillageOfficerCannotRecordTheHomeVerification() {
        kit.fixture.given(applied())
                .when(new RecordHomeVerificationCommand(CASE, "属实", List.of("韦某"), VILLAGE_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.HOME_VERIFICATION, DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerCannotRecordTheVillageDeliberation() {
        kit.fixture.given(verified())
                .when(new RecordVillageDeliberationCommand(CASE, "评议通过", meeting(), TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.VILLAGE_DELIBERATION, DivisionLevel.VILLAGE))
                .expectNoEvents();
    }

    @Test
    void aCountyOfficerCannotTakeTheTownshipReview() {
        kit.fixture.given(deliberated())
                .when(new ReviewAtTownshipCommand(CASE, "审核通过", COUNTY_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerCannotApproveTheRelapse() {
        kit.fixture.given(noticePassed())
                .when(new ApproveRelapseCommand(CASE, TODAY, "审定同意", TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.COUNTY_APPROVAL, DivisionLevel.COUNTY))
                .expectNoEvents();
    }

    @Test
    void aCountyOfficerCannotRejectAtTheHomeVerification() {
        kit.fixture.given(applied())
                .when(new RejectRelapseCommand(CASE, RelapseStep.HOME_VERIFICATION, "不符合", COUNTY_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.HOME_VERIFICATION, DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void onlyTheVillageMayWithdrawTheApplication() {
        kit.fixture.given(applied())
                .when(new WithdrawRelapseCommand(CASE, "撤回", TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, null, DivisionLevel.VILLAGE))
                .expectNoEvents();
    }

    // ---- wrong role and jurisdiction --------------------------------------------------------------------------

    @Test
    void anOfficerOfAnotherCountyCannotApprove() {
        kit.fixture.given(noticePassed())
                .when(new ApproveRelapseCommand(CASE, TODAY, "审定同意", OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherVillageCannotRecordTheDeliberation() {
        kit.fixture.given(verified())
                .when(new RecordVillageDeliberationCommand(CASE, "评议通过", meeting(), OTHER_VILLAGE_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    @Test
    void aSupervisorCannotTakeAStep() {
        kit.fixture.given(applied())
                .when(new RecordHomeVerificationCommand(CASE, "属实", List.of("韦某"), SUPERVISOR))
                .expectException(accessRefused(AccessRefusedException.Rule.ROLE))
                .expectNoEvents();
    }

    // ---- closed cases -----------------------------------------------------------------------------------------

    @Test
    void aRejectedCaseTakesNoFurtherStep() {
        List<Object> history = applied();
        history.add(new RelapseRejectedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.HOME_VERIFICATION, "不符合"));

        kit.fixture.given(history)
                .when(new RecordHomeVerificationCommand(CASE, "属实", List.of("韦某"), TOWNSHIP_OFFICER))
                .expectException(refusedWith(CASE_CLOSED))
                .expectNoEvents();
    }

    @Test
    void anApprovedCaseCannotBeWithdrawn() {
        List<Object> history = noticePassed();
        history.add(passed(RelapseStep.COUNTY_APPROVAL, "审定同意", null));
        history.add(new RelapseApprovedEvent(CASE, HOUSEHOLD, VILLAGE, TODAY, CAUSES, EXIT, 1));

        kit.fixture.given(history)
                .when(new WithdrawRelapseCommand(CASE, "撤回", VILLAGE_OFFICER))
                .expectException(refusedWith(CASE_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnCaseCannotBeApproved() {
        List<Object> history = noticePassed();
        history.add(new RelapseWithdrawnEvent(CASE, HOUSEHOLD, VILLAGE, "撤回"));

        kit.fixture.given(history)
                .when(new ApproveRelapseCommand(CASE, TODAY, "审定同意", COUNTY_OFFICER))
                .expectException(refusedWith(CASE_CLOSED))
                .expectNoEvents();
    }

    // ---- what each step records -------------------------------------------------------------------------------

    @Test
    void theHomeVerificationNamesTheTeam() {
        kit.fixture.given(applied())
                .when(new RecordHomeVerificationCommand(CASE, "属实", List.of(), TOWNSHIP_OFFICER))
                .expectException(refusedOnField(VERIFICATION_TEAM_REQUIRED, "verifiedBy", "NOT_EMPTY"))
                .expectNoEvents();
    }

    @Test
    void findingsWithAPhoneNumberAreRefused() {
        kit.fixture.given(applied())
                .when(new RecordHomeVerificationCommand(CASE, "联系电话13800138000", List.of("韦某"), TOWNSHIP_OFFICER))
                .expectException(refusedOnField(TEXT_INVALID, "findings", "NO_PERSONAL_NUMBER"))
                .expectNoEvents();
    }

    @Test
    void aMeetingWithoutQuorumCannotCarryTheDeliberation() {
        kit.fixture.given(verified())
                .when(new RecordVillageDeliberationCommand(CASE, "评议通过", new VillageMeeting(TODAY, 31, 15, 15, 0),
                        VILLAGE_OFFICER))
                .expectException(refusedExpecting(MEETING_NOT_QUORATE, RelapseStep.VILLAGE_DELIBERATION,
                        DivisionLevel.VILLAGE))
                .expectNoEvents();
    }

    @Test
    void aMeetingThatVotedAgainstIsRecordedAsARejectionNotAPass() {
        kit.fixture.given(verified())
                .when(new RecordVillageDeliberationCommand(CASE, "评议通过", new VillageMeeting(TODAY, 31, 27, 10, 17),
                        VILLAGE_OFFICER))
                .expectException(refusedWith(DELIBERATION_NOT_CARRIED))
                .expectNoEvents();
    }

    @Test
    void aMeetingCannotBeHeldInTheFuture() {
        kit.fixture.given(verified())
                .when(new RecordVillageDeliberationCommand(CASE, "评议通过",
                        new VillageMeeting(TODAY.plusDays(1), 31, 27, 25, 2), VILLAGE_OFFICER))
                .expectException(refusedOnField(MEETING_INVALID, "meeting.heldOn", "PAST_OR_PRESENT"))
                .expectNoEvents();
    }

    @Test
    void theHouseholdCannotBePoorAgainFromBeforeItsExit() {
        kit.fixture.given(noticePassed())
                .when(new ApproveRelapseCommand(CASE, EXITED_ON.minusDays(1), "审定同意", COUNTY_OFFICER))
                .expectException(refusedOnField(POOR_AGAIN_FROM_INVALID, "poorAgainFrom", "AFTER_EXIT_NOT_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void aHouseholdRemovedWhileItsCaseRanIsNotApproved() {
        kit.eligibility.put(new HouseholdStanding(HOUSEHOLD, VILLAGE, true, true, EXIT, EXITED_ON));

        kit.fixture.given(noticePassed())
                .when(new ApproveRelapseCommand(CASE, TODAY, "审定同意", COUNTY_OFFICER))
                .expectException(refusedWith(io.jiandang.relapse.common.api.RelapseErrorCode.HOUSEHOLD_REMOVED))
                .expectNoEvents();
    }

    @Test
    void theHouseholdCannotBePoorAgainFromAFutureDate() {
        kit.fixture.given(noticePassed())
                .when(new ApproveRelapseCommand(CASE, TODAY.plusDays(1), "审定同意", COUNTY_OFFICER))
                .expectException(refusedWith(POOR_AGAIN_FROM_INVALID))
                .expectNoEvents();
    }
}

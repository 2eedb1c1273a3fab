package io.jiandang.relapse.relapsecase.domain;

import io.jiandang.contracts.relapse.RelapseNoticeOpenedEvent;
import io.jiandang.contracts.relapse.RelapseObjectionAnsweredEvent;
import io.jiandang.contracts.relapse.RelapseObjectionLodgedEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.relapsecase.api.AnswerRelapseObjectionCommand;
import io.jiandang.relapse.relapsecase.api.CompleteRelapseNoticeCommand;
import io.jiandang.relapse.relapsecase.api.LodgeRelapseObjectionCommand;
import io.jiandang.relapse.relapsecase.api.ReviewAtTownshipCommand;
import io.jiandang.security.AccessRefusedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.jiandang.relapse.common.api.RelapseErrorCode.NOTICE_ALREADY_OPEN;
import static io.jiandang.relapse.common.api.RelapseErrorCode.NOTICE_EXPIRED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.NOTICE_NOT_OPEN;
import static io.jiandang.relapse.common.api.RelapseErrorCode.NOTICE_NOT_OVER;
import static io.jiandang.relapse.common.api.RelapseErrorCode.OBJECTIONS_OPEN;
import static io.jiandang.relapse.common.api.RelapseErrorCode.OBJECTION_ALREADY_ANSWERED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.OBJECTION_NOT_FOUND;
import static io.jiandang.relapse.common.api.RelapseErrorCode.WRONG_LEVEL;
import static io.jiandang.relapse.relapsecase.domain.RelapseTestKit.*;
import static io.jiandang.relapse.support.RelapseMatchers.accessRefused;
import static io.jiandang.relapse.support.RelapseMatchers.refusedExpecting;
import static io.jiandang.relapse.support.RelapseMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 4, township review and public notice (乡镇审核公示): the review opens a notice for the policy's period;
 * objections are taken while it runs and must be answered; the step passes only once the notice is over.
 */
class RelapseNoticeTest {

    private static final String OBJECTION = "3f2e1d0c-b9a8-4765-8432-10fedcba9876";

    private final RelapseTestKit kit = new RelapseTestKit();

    private static List<Object> withObjection(boolean answered) {
        List<Object> history = noticeOpen();
        history.add(new RelapseObjectionLodgedEvent(CASE, HOUSEHOLD, VILLAGE, OBJECTION, "家中新建砖房"));
        if (answered) {
            history.add(new RelapseObjectionAnsweredEvent(CASE, HOUSEHOLD, VILLAGE, OBJECTION, false, "灾后重建补助所建"));
        }
        return history;
    }

    @Test
    void theTownshipReviewOpensTheNoticeForThePolicysPeriod() {
        kit.fixture.given(deliberated())
                .when(new ReviewAtTownshipCommand(CASE, "审核通过", TOWNSHIP_OFFICER))
                .expectEvents(new RelapseNoticeOpenedEvent(CASE, HOUSEHOLD, VILLAGE, "审核通过", START,
                        START.plus(Duration.ofDays(NOTICE_DAYS)), NOTICE_DAYS, 1));
    }

    @Test
    void theNoticeFollowsThePolicyVersionOfTheCaseNotALaterOne() {
        kit.policies.published.add(new io.jiandang.relapse.policy.domain.RelapsePolicyRules(2, 10,
                deadlines(15, 15, 20, 15)));

        kit.fixture.given(deliberated())
                .when(new ReviewAtTownshipCommand(CASE, "审核通过", TOWNSHIP_OFFICER))
                .expectEvents(new RelapseNoticeOpenedEvent(CASE, HOUSEHOLD, VILLAGE, "审核通过", START,
                        START.plus(Duration.ofDays(NOTICE_DAYS)), NOTICE_DAYS, 1));
    }

    @Test
    void theReviewIsRecordedOnce() {
        kit.fixture.given(noticeOpen())
                .when(new ReviewAtTownshipCommand(CASE, "审核通过", TOWNSHIP_OFFICER))
                .expectException(refusedWith(NOTICE_ALREADY_OPEN))
                .expectNoEvents();
    }

    @Test
    void anObjectionIsLodgedWhileTheNoticeRuns() {
        kit.clock.advance(Duration.ofDays(3));

        kit.fixture.given(noticeOpen())
                .when(new LodgeRelapseObjectionCommand(CASE, OBJECTION, "家中新建砖房", VILLAGE_OFFICER))
                .expectEvents(new RelapseObjectionLodgedEvent(CASE, HOUSEHOLD, VILLAGE, OBJECTION, "家中新建砖房"));
    }

    @Test
    void anObjectionLodgedAgainIsRecordedOnce() {
        kit.fixture.given(withObjection(false))
                .when(new LodgeRelapseObjectionCommand(CASE, OBJECTION, "家中新建砖房", VILLAGE_OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void noObjectionIsTakenAfterTheNoticeExpired() {
        kit.clock.advance(Duration.ofDays(NOTICE_DAYS));

        kit.fixture.given(noticeOpen())
                .when(new LodgeRelapseObjectionCommand(CASE, OBJECTION, "家中新建砖房", VILLAGE_OFFICER))
                .expectException(refusedExpecting(NOTICE_EXPIRED, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void noObjectionIsTakenBeforeTheNoticeOpens() {
        kit.fixture.given(deliberated())
                .when(new LodgeRelapseObjectionCommand(CASE, OBJECTION, "家中新建砖房", VILLAGE_OFFICER))
                .expectException(refusedWith(NOTICE_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherCountyCannotObject() {
        kit.fixture.given(noticeOpen())
                .when(new LodgeRelapseObjectionCommand(CASE, OBJECTION, "家中新建砖房", OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    @Test
    void theTownshipAnswersAnObjectionAsUnfoundedAndTheCaseGoesOn() {
        kit.fixture.given(withObjection(false))
                .when(new AnswerRelapseObjectionCommand(CASE, OBJECTION, false, "灾后重建补助所建", TOWNSHIP_OFFICER))
                .expectEvents(new RelapseObjectionAnsweredEvent(CASE, HOUSEHOLD, VILLAGE, OBJECTION, false,
                        "灾后重建补助所建"));
    }

    @Test
    void anUpheldObjectionRejectsTheCaseAtTheTownshipStep() {
        kit.registry.claim(HOUSEHOLD, CASE, EXIT);

        kit.fixture.given(withObjection(false))
                .when(new AnswerRelapseObjectionCommand(CASE, OBJECTION, true, "查实新建砖房", TOWNSHIP_OFFICER))
                .expectEvents(new RelapseObjectionAnsweredEvent(CASE, HOUSEHOLD, VILLAGE, OBJECTION, true, "查实新建砖房"),
                        new RelapseRejectedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                                "Objection upheld: 查实新建砖房"));
        assertThat(kit.registry.claims).doesNotContainKey(HOUSEHOLD);
    }

    @Test
    void aVillageOfficerCannotAnswerAnObjection() {
        kit.fixture.given(withObjection(false))
                .when(new AnswerRelapseObjectionCommand(CASE, OBJECTION, false, "无", VILLAGE_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void anObjectionIsAnsweredOnce() {
        kit.fixture.given(withObjection(true))
                .when(new AnswerRelapseObjectionCommand(CASE, OBJECTION, true, "再议", TOWNSHIP_OFFICER))
                .expectException(refusedWith(OBJECTION_ALREADY_ANSWERED))
                .expectNoEvents();
    }

    @Test
    void anUnknownObjectionCannotBeAnswered() {
        kit.fixture.given(noticeOpen())
                .when(new AnswerRelapseObjectionCommand(CASE, OBJECTION, false, "无", TOWNSHIP_OFFICER))
                .expectException(refusedWith(OBJECTION_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void theTownshipPassesTheStepOnceTheNoticeIsOverAndTheCountyApprovalFallsDue() {
        kit.clock.advance(Duration.ofDays(NOTICE_DAYS));

        kit.fixture.given(withObjection(true))
                .when(new CompleteRelapseNoticeCommand(CASE, null, TOWNSHIP_OFFICER))
                .expectEvents(new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                        "公示无异议", List.of(), null, TODAY.plusDays(NOTICE_DAYS + 15)));
    }

    @Test
    void cannotPassTheNoticeBeforeItIsOver() {
        kit.clock.advance(Duration.ofDays(NOTICE_DAYS).minusSeconds(1));

        kit.fixture.given(noticeOpen())
                .when(new CompleteRelapseNoticeCommand(CASE, null, TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(NOTICE_NOT_OVER, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void cannotPassTheNoticeWhileAnObjectionIsOpen() {
        kit.clock.advance(Duration.ofDays(NOTICE_DAYS + 1));

        kit.fixture.given(withObjection(false))
                .when(new CompleteRelapseNoticeCommand(CASE, null, TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(OBJECTIONS_OPEN, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }

    @Test
    void cannotPassTheNoticeBeforeTheTownshipReviewed() {
        kit.fixture.given(deliberated())
                .when(new CompleteRelapseNoticeCommand(CASE, null, TOWNSHIP_OFFICER))
                .expectException(refusedWith(NOTICE_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void theCountyCannotCompleteTheTownshipsNotice() {
        kit.clock.advance(Duration.ofDays(NOTICE_DAYS));

        kit.fixture.given(noticeOpen())
                .when(new CompleteRelapseNoticeCommand(CASE, null, COUNTY_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE,
                        DivisionLevel.TOWNSHIP))
                .expectNoEvents();
    }
}

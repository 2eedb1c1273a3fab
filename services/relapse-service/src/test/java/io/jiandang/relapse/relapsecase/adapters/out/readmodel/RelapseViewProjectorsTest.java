package io.jiandang.relapse.relapsecase.adapters.out.readmodel;

import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseNoticeOpenedEvent;
import io.jiandang.contracts.relapse.RelapseObjectionAnsweredEvent;
import io.jiandang.contracts.relapse.RelapseObjectionLodgedEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.relapsecase.api.RelapseCaseStatus;
import io.jiandang.relapse.relapsecase.application.HouseholdRelapseStanding;
import io.jiandang.relapse.relapsecase.application.RelapseCaseView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The relapse read model's projectors as plain objects: a household's standing and a case's view. */
class RelapseViewProjectorsTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private static final String CASE = "case-1";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private final HouseholdStandingProjector standings = new HouseholdStandingProjector();
    private final RelapseCaseViewProjector cases = new RelapseCaseViewProjector();

    private static HouseholdExitedEvent exited(String exitId, LocalDate on) {
        return new HouseholdExitedEvent(HOUSEHOLD, VILLAGE, exitId, on.getYear(), on, new BigDecimal("3400"),
                new BigDecimal("3146"), 1, on.plusYears(2), on.plusYears(3));
    }

    private static RelapseAppliedEvent applied() {
        return new RelapseAppliedEvent(CASE, HOUSEHOLD, VILLAGE, List.of(RelapseCause.ILLNESS), new BigDecimal("2650"),
                List.of("doc:1"), "exit-1", LocalDate.parse("2016-12-20"), 1, TODAY.plusDays(15));
    }

    @Test
    void aRegisteredHouseholdThatExitedMayApply() {
        HouseholdRelapseStanding s = standings.apply(null, new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, BigDecimal.TEN, 1, 3));
        assertThat(s.eligibleToApply()).isFalse();
        s = standings.apply(s, exited("exit-1", LocalDate.parse("2016-12-20")));
        assertThat(s.eligibleToApply()).isTrue();
        assertThat(s.villageCode()).isEqualTo(VILLAGE);
    }

    @Test
    void theExitSeenBeforeTheRegistrationCountsToo() {
        HouseholdRelapseStanding s = standings.apply(null, exited("exit-1", LocalDate.parse("2016-12-20")));
        s = standings.apply(s, new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, BigDecimal.TEN, 1, 3));
        assertThat(s.eligibleToApply()).isTrue();
    }

    @Test
    void aRemovedHouseholdMayNotApply() {
        HouseholdRelapseStanding s = standings.apply(null, new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, BigDecimal.TEN, 1, 3));
        s = standings.apply(s, exited("exit-1", LocalDate.parse("2016-12-20")));
        s = standings.apply(s, new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE, "veto", "V1", "doc", 1));
        assertThat(s.eligibleToApply()).isFalse();
    }

    @Test
    void anOlderExitDeliveredLateDoesNotReplaceTheLatest() {
        HouseholdRelapseStanding s = standings.apply(null, exited("exit-2", LocalDate.parse("2020-12-20")));
        s = standings.apply(s, exited("exit-1", LocalDate.parse("2016-12-20")));
        assertThat(s.exitId()).isEqualTo("exit-2");
    }

    @Test
    void anApprovalMakesTheHouseholdPoorAgainUntilANewExit() {
        HouseholdRelapseStanding s = standings.apply(null, new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, BigDecimal.TEN, 1, 3));
        s = standings.apply(s, exited("exit-1", LocalDate.parse("2016-12-20")));
        s = standings.apply(s, applied());
        assertThat(s.openCaseId()).isEqualTo(CASE);
        assertThat(s.eligibleToApply()).isFalse();

        s = standings.apply(s, new RelapseApprovedEvent(CASE, HOUSEHOLD, VILLAGE, TODAY, List.of(RelapseCause.ILLNESS), "exit-1", 1));
        assertThat(s.poorAgain()).isTrue();
        assertThat(s.poorAgainFrom()).isEqualTo(TODAY);
        assertThat(s.openCaseId()).isNull();
        assertThat(s.eligibleToApply()).isFalse();

        s = standings.apply(s, exited("exit-2", LocalDate.parse("2028-12-20")));
        assertThat(s.poorAgain()).isFalse();
        assertThat(s.eligibleToApply()).isTrue();
    }

    @Test
    void aRejectedOrWithdrawnCaseFreesTheHousehold() {
        HouseholdRelapseStanding s = standings.apply(null, applied());
        assertThat(standings.apply(s, new RelapseRejectedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.HOME_VERIFICATION, "x"))
                .openCaseId()).isNull();
        assertThat(standings.apply(s, new RelapseWithdrawnEvent(CASE, HOUSEHOLD, VILLAGE, "x")).openCaseId()).isNull();
    }

    @Test
    void aCaseViewShowsTheNextStepItsLevelAndDeadline() {
        RelapseCaseView v = cases.apply(null, applied(), 0);
        v = cases.apply(v, new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.APPLICATION, null, List.of(), null, TODAY.plusDays(15)), 1);
        assertThat(v.expectedStep()).isEqualTo(RelapseStep.HOME_VERIFICATION);
        assertThat(v.expectedLevel()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(v.nextStepDueOn()).isEqualTo(TODAY.plusDays(15));
        assertThat(v.isOverdueOn(TODAY.plusDays(16))).isTrue();
        assertThat(v.isOverdueOn(TODAY.plusDays(15))).isFalse();
    }

    @Test
    void objectionsAreCountedUntilAnswered() {
        RelapseCaseView v = cases.apply(null, applied(), 0);
        v = cases.apply(v, new RelapseNoticeOpenedEvent(CASE, HOUSEHOLD, VILLAGE, "ok", Instant.EPOCH, Instant.EPOCH, 7, 1), 5);
        v = cases.apply(v, new RelapseObjectionLodgedEvent(CASE, HOUSEHOLD, VILLAGE, "o-1", "text"), 6);
        v = cases.apply(v, new RelapseObjectionLodgedEvent(CASE, HOUSEHOLD, VILLAGE, "o-1", "text"), 6);
        assertThat(v.openObjections()).isEqualTo(1);
        v = cases.apply(v, new RelapseObjectionAnsweredEvent(CASE, HOUSEHOLD, VILLAGE, "o-1", false, "no"), 7);
        assertThat(v.openObjections()).isZero();
    }

    @Test
    void aClosedCaseExpectsNoStepAndIsNeverOverdue() {
        RelapseCaseView v = cases.apply(null, applied(), 0);
        v = cases.apply(v, new RelapseRejectedEvent(CASE, HOUSEHOLD, VILLAGE, RelapseStep.HOME_VERIFICATION, "收入达标"), 2);
        assertThat(v.status()).isEqualTo(RelapseCaseStatus.REJECTED);
        assertThat(v.closedAtStep()).isEqualTo(RelapseStep.HOME_VERIFICATION);
        assertThat(v.closingReason()).isEqualTo("收入达标");
        assertThat(v.expectedStep()).isNull();
        assertThat(v.isOverdueOn(TODAY.plusYears(1))).isFalse();
    }
}

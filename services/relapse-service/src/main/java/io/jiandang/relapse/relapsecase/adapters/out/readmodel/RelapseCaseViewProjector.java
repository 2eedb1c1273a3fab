package io.jiandang.relapse.relapsecase.adapters.out.readmodel;

import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseCaseEvent;
import io.jiandang.contracts.relapse.RelapseNoticeOpenedEvent;
import io.jiandang.contracts.relapse.RelapseObjectionAnsweredEvent;
import io.jiandang.contracts.relapse.RelapseObjectionLodgedEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;
import io.jiandang.relapse.relapsecase.api.RelapseCaseStatus;
import io.jiandang.relapse.relapsecase.application.RelapseCaseView;
import io.jiandang.relapse.relapsecase.application.RelapseCaseView.ObjectionView;
import io.jiandang.relapse.relapsecase.application.RelapseCaseView.StepRecord;
import io.jiandang.relapse.relapsecase.domain.RelapseProcedure;

import java.util.ArrayList;
import java.util.List;

/**
 * How each relapse event changes its case's view: a pure function of the previous view and the event, so it is
 * tested as a plain object and re-applying an event gives the same document.
 */
public final class RelapseCaseViewProjector {

    public RelapseCaseView apply(RelapseCaseView current, RelapseCaseEvent event, long sequence) {
        if (event instanceof RelapseAppliedEvent e) {
            return new RelapseCaseView(e.caseId(), e.householdId(), e.divisionCode(), RelapseCaseStatus.OPEN, null,
                    RelapseStep.APPLICATION, RelapseProcedure.levelFor(RelapseStep.APPLICATION), e.nextStepDueOn(),
                    e.causes(), e.netIncomePerHead(), e.evidence(), e.exitId(), e.exitedOn(), e.policyVersion(),
                    List.of(), null, null, List.of(), null, null, null, sequence);
        }
        if (current == null) {
            throw new IllegalStateException("case " + event.caseId() + " has no view before "
                    + event.getClass().getSimpleName());
        }
        V v = new V(current);
        if (event instanceof RelapseStepPassedEvent e) {
            v.lastPassed = e.step();
            v.expected = e.step().next();
            v.due = e.nextStepDueOn();
            v.steps.add(new StepRecord(e.step(), e.record(), e.verifiedBy(), e.meeting()));
            if (e.step() == RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE) {
                v.noticeClosesAt = null;
            }
        } else if (event instanceof RelapseNoticeOpenedEvent e) {
            v.noticeOpensAt = e.opensAt();
            v.noticeClosesAt = e.closesAt();
            v.steps.add(new StepRecord(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, e.review(), List.of(), null));
        } else if (event instanceof RelapseObjectionLodgedEvent e) {
            v.objections.removeIf(o -> o.objectionId().equals(e.objectionId()));
            v.objections.add(new ObjectionView(e.objectionId(), e.text(), false, null, null));
        } else if (event instanceof RelapseObjectionAnsweredEvent e) {
            v.objections.replaceAll(o -> o.objectionId().equals(e.objectionId())
                    ? new ObjectionView(o.objectionId(), o.text(), true, e.upheld(), e.answer()) : o);
        } else if (event instanceof RelapseRejectedEvent e) {
            v.close(RelapseCaseStatus.REJECTED, e.step(), e.reason());
        } else if (event instanceof RelapseWithdrawnEvent e) {
            v.close(RelapseCaseStatus.WITHDRAWN, v.expected, e.reason());
        } else if (event instanceof RelapseApprovedEvent e) {
            v.close(RelapseCaseStatus.APPROVED, null, null);
            v.poorAgainFrom = e.poorAgainFrom();
        }
        return v.build(sequence);
    }

    /** A mutable copy of a view, so each event changes only what it names. */
    private static final class V {
        final RelapseCaseView from;
        RelapseCaseStatus status;
        RelapseStep lastPassed;
        RelapseStep expected;
        java.time.LocalDate due;
        final List<StepRecord> steps;
        java.time.Instant noticeOpensAt;
        java.time.Instant noticeClosesAt;
        final List<ObjectionView> objections;
        RelapseStep closedAt;
        String closingReason;
        java.time.LocalDate poorAgainFrom;

        V(RelapseCaseView v) {
            from = v;
            status = v.status();
            lastPassed = v.lastPassedStep();
            expected = v.expectedStep();
            due = v.nextStepDueOn();
            steps = new ArrayList<>(v.steps() == null ? List.of() : v.steps());
            noticeOpensAt = v.noticeOpensAt();
            noticeClosesAt = v.noticeClosesAt();
            objections = new ArrayList<>(v.objections() == null ? List.of() : v.objections());
            closedAt = v.closedAtStep();
            closingReason = v.closingReason();
            poorAgainFrom = v.poorAgainFrom();
        }

        void close(RelapseCaseStatus to, RelapseStep step, String reason) {
            status = to;
            closedAt = step;
            closingReason = reason;
            expected = null;
            due = null;
            noticeClosesAt = null;
        }

        RelapseCaseView build(long sequence) {
            return new RelapseCaseView(from.caseId(), from.householdId(), from.villageCode(), status, lastPassed,
                    expected, expected == null ? null : RelapseProcedure.levelFor(expected), due, from.causes(),
                    from.netIncomePerHead(), from.evidence(), from.exitId(), from.exitedOn(), from.policyVersion(),
                    List.copyOf(steps), noticeOpensAt, noticeClosesAt, List.copyOf(objections), closedAt,
                    closingReason, poorAgainFrom, sequence);
        }
    }
}

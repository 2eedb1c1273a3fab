package io.jiandang.relapse.relapsecase.application;

import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.VillageMeeting;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.relapsecase.api.RelapseCaseStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A relapse case as the read model shows it (from {@code relapse.events}): where it stands, what the next step is
 * and who takes it, until when (the step's deadline), and what each step recorded.
 *
 * @param expectedStep  the step the case expects next, {@code null} once closed
 * @param expectedLevel the level whose officers take it, {@code null} once closed
 * @param version       the case's last applied event sequence
 */
public record RelapseCaseView(String caseId, String householdId, String villageCode, RelapseCaseStatus status,
                              RelapseStep lastPassedStep, RelapseStep expectedStep, DivisionLevel expectedLevel,
                              LocalDate nextStepDueOn, List<RelapseCause> causes, BigDecimal netIncomePerHead,
                              List<String> evidence, String exitId, LocalDate exitedOn, int policyVersion,
                              List<StepRecord> steps, Instant noticeOpensAt, Instant noticeClosesAt,
                              List<ObjectionView> objections, RelapseStep closedAtStep, String closingReason,
                              LocalDate poorAgainFrom, long version) {

    /** What a passed step recorded. */
    public record StepRecord(RelapseStep step, String record, List<String> verifiedBy, VillageMeeting meeting) {
    }

    /** An objection to the notice and its answer. */
    public record ObjectionView(String objectionId, String text, boolean answered, Boolean upheld, String answer) {
    }

    public long openObjections() {
        return objections == null ? 0 : objections.stream().filter(o -> !o.answered()).count();
    }

    /** Open and past the deadline of the step it waits for. */
    public boolean isOverdueOn(LocalDate today) {
        return status == RelapseCaseStatus.OPEN && nextStepDueOn != null && nextStepDueOn.isBefore(today);
    }
}

package io.jiandang.exit.facts.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A household exit as officers read it: where the procedure stands, the end dates of tracking support and
 * observation once exited, and a relapse case shown against the exit.
 *
 * @param supportPhase         on the query's business date: TRACKING, OBSERVATION or ENDED (null before exit)
 * @param relapseDuringSupport whether the household became poor again before observation ended
 */
public record ExitView(String exitId, String householdId, String villageCode, String status, Integer exitYear,
                       BigDecimal netIncomePerHead, BigDecimal incomeLine, Integer monthsCounted,
                       Integer criteriaVersion, List<String> verificationTeam, List<String> signatures,
                       Instant noticeOpensAt, Instant noticeClosesAt, Map<String, Objection> objections,
                       String rejectionReason, String vetoCode, LocalDate exitedOn, LocalDate trackingEndsOn,
                       LocalDate observationEndsOn, Relapse relapse, String supportPhase,
                       Boolean relapseDuringSupport) {

    /** An objection of the notice period: OPEN, UPHELD or DISMISSED. */
    public record Objection(String text, String status, String answer) {
    }

    /** The relapse case shown against the exit. */
    public record Relapse(String caseId, String status, List<String> causes, LocalDate poorAgainFrom,
                          String lastStepPassed) {
    }

    /** The view with the support phase on the given business date. */
    public ExitView on(LocalDate today) {
        String phase = null;
        Boolean during = null;
        if (exitedOn != null && trackingEndsOn != null && observationEndsOn != null) {
            phase = !today.isAfter(trackingEndsOn) ? "TRACKING" : !today.isAfter(observationEndsOn) ? "OBSERVATION" : "ENDED";
            if (relapse != null && relapse.poorAgainFrom() != null) {
                during = !relapse.poorAgainFrom().isAfter(observationEndsOn);
            }
        }
        return new ExitView(exitId, householdId, villageCode, status, exitYear, netIncomePerHead, incomeLine,
                monthsCounted, criteriaVersion, verificationTeam, signatures, noticeOpensAt, noticeClosesAt, objections,
                rejectionReason, vetoCode, exitedOn, trackingEndsOn, observationEndsOn, relapse, phase, during);
    }
}

package io.jiandang.reporting.register.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One fact about a household, as the register keeps it: what happened, the business date it holds from
 * ({@code effectiveOn}: "what was true on D") and when it was recorded ({@code recordedAt}: "what did we know
 * at T"). Fields that do not concern the kind are {@code null}.
 *
 * @param eventId       the event's id (idempotency: a fact is kept once)
 * @param kind          what happened
 * @param effectiveOn   the business date the fact holds from
 * @param recordedAt    when the producing service recorded it (ce_time)
 * @param people        members counted by the fact: surveyed or registered people; for updates +1/-1
 * @param causes        causes of poverty (survey, causes update, relapse)
 * @param score         the score at survey or registration
 * @param policyVersion the rule version the fact was decided under
 * @param cycle         the update cycle tag of a HouseholdUpdated fact, e.g. {@code 2016-Q3}
 * @param exitedOn      exit: the exit date
 * @param trackingEndsOn exit: last day of tracking support
 * @param observationEndsOn exit: last day of observation
 * @param caseId        relapse: the case id
 * @param step          relapse: the step passed
 */
public record Fact(String eventId, FactKind kind, LocalDate effectiveOn, Instant recordedAt, Integer people,
                   List<String> causes, BigDecimal score, Integer policyVersion, String cycle, LocalDate exitedOn,
                   LocalDate trackingEndsOn, LocalDate observationEndsOn, String caseId, String step) {

    public static Fact of(String eventId, FactKind kind, LocalDate effectiveOn, Instant recordedAt) {
        return new Fact(eventId, kind, effectiveOn, recordedAt, null, null, null, null, null, null, null, null, null, null);
    }

    public Fact withPeople(Integer value) {
        return new Fact(eventId, kind, effectiveOn, recordedAt, value, causes, score, policyVersion, cycle, exitedOn, trackingEndsOn, observationEndsOn, caseId, step);
    }

    public Fact withCauses(List<String> value) {
        return new Fact(eventId, kind, effectiveOn, recordedAt, people, value, score, policyVersion, cycle, exitedOn, trackingEndsOn, observationEndsOn, caseId, step);
    }

    public Fact withScore(BigDecimal value, Integer version) {
        return new Fact(eventId, kind, effectiveOn, recordedAt, people, causes, value, version, cycle, exitedOn, trackingEndsOn, observationEndsOn, caseId, step);
    }

    public Fact withCycle(String value) {
        return new Fact(eventId, kind, effectiveOn, recordedAt, people, causes, score, policyVersion, value, exitedOn, trackingEndsOn, observationEndsOn, caseId, step);
    }

    public Fact withExit(LocalDate exited, LocalDate trackingEnds, LocalDate observationEnds, Integer version) {
        return new Fact(eventId, kind, effectiveOn, recordedAt, people, causes, score, version, cycle, exited, trackingEnds, observationEnds, caseId, step);
    }

    public Fact withCase(String id, String passedStep, Integer version) {
        return new Fact(eventId, kind, effectiveOn, recordedAt, people, causes, score, version, cycle, exitedOn, trackingEndsOn, observationEndsOn, id, passedStep);
    }
}

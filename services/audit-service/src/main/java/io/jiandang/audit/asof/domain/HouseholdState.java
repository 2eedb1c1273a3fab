package io.jiandang.audit.asof.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the register said about a household on business date {@code asOf}, as known at {@code knownAt}: derived
 * only from the events recorded by then whose business date is on or before it. Members are shown without
 * names or ID numbers (the log holds only ciphers; they are never decrypted here): an opaque reference
 * (the start of the ID-number fingerprint) tells members apart.
 *
 * @param status               SURVEYED, CANDIDATE, IN_REGISTRATION, REGISTERED, VETOED, REJECTED, REMOVED,
 *                             EXITED or RETURNED_TO_POVERTY; {@code null} when nothing was known yet
 * @param povertyClass         from the score and the thresholds of the policy version the household was
 *                             scored under: the lowest threshold at or above the score names the class,
 *                             GENERAL when none does; {@code null} when the policy or score is unknown
 * @param pairing              the assistance pairing (一帮一联) as its last pairing event said, or {@code null}
 * @param unreconstructedFacts events the reconstruction has no rule for: listed, not guessed at
 */
public record HouseholdState(String householdId, LocalDate asOf, Instant knownAt, String divisionCode, String status,
                             List<Member> members, Integer people, BigDecimal score, Integer policyVersion,
                             String povertyClass, BigDecimal netIncomePerHead, String housing, List<String> causes,
                             Map<String, Object> pairing, Exit exit, LocalDate poorAgainFrom,
                             List<OpenProcedure> openProcedures, List<UnreconstructedFact> unreconstructedFacts,
                             int factsApplied) {

    public record Member(String memberId, String relationToHead, Integer birthYear, String sex, String personRef) {
    }

    /**
     * The exit (销号), and where the household stands on {@code asOf}: TRACKING (帮扶不脱钩, until trackingEndsOn),
     * OBSERVATION (until observationEndsOn), or DONE.
     */
    public record Exit(LocalDate exitedOn, LocalDate trackingEndsOn, LocalDate observationEndsOn, String phase) {
    }

    /** A procedure under way on {@code asOf}: REGISTRATION, NOTICE, OBJECTION or RELAPSE, with its stage. */
    public record OpenProcedure(String kind, String reference, String stage, LocalDate since) {
    }

    public record UnreconstructedFact(String eventId, String type, LocalDate businessDate, Instant recordedAt) {
    }
}

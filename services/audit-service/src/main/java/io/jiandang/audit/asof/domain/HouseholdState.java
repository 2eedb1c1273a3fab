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
 * @param povertyClass         the class the assistance context set (PovertyClassChanged) when it set one; else
 *                             from the score and the thresholds of the registration policy version the household
 *                             was scored under: the lowest threshold at or above the score names the class,
 *                             GENERAL when none does; {@code null} when the policy or score is unknown
 * @param povertyClassSource   ASSISTANCE (set by a PovertyClassChanged event) or THRESHOLDS (computed), or
 *                             {@code null} with no class
 * @param netIncomePerHead     the latest per-capita net income: of a registration update, of the assistance
 *                             context's yearly figure, or tested at exit
 * @param yearlyIncomes        the assistance context's yearly per-capita net income (人均纯收入) by year
 * @param countedIncomeEntries the counted (signed) monthly income entries by month, a correction replacing the
 *                             entry it supersedes
 * @param pairing              the assistance pairing (一帮一联): the cadres paired on {@code asOf}, or {@code null}
 *                             when no pairing event was known
 * @param unreconstructedFacts events the reconstruction has no rule for: listed, not guessed at
 */
public record HouseholdState(String householdId, LocalDate asOf, Instant knownAt, String divisionCode, String status,
                             List<Member> members, Integer people, BigDecimal score, Integer policyVersion,
                             String povertyClass, String povertyClassSource, BigDecimal netIncomePerHead,
                             Map<Integer, YearlyIncome> yearlyIncomes, List<IncomeEntry> countedIncomeEntries,
                             String housing, List<String> causes, Pairing pairing, Exit exit, LocalDate poorAgainFrom,
                             List<OpenProcedure> openProcedures, List<UnreconstructedFact> unreconstructedFacts,
                             int factsApplied) {

    public record Member(String memberId, String relationToHead, Integer birthYear, String sex, String personRef) {
    }

    /** The cadres paired with the household (a household may have more than one). */
    public record Pairing(List<PairedCadre> cadres) {
    }

    /** A cadre's pairing: since when, under which assistance policy version (its households-per-cadre limit). */
    public record PairedCadre(String cadreId, LocalDate since, Integer policyVersion) {
    }

    /** The yearly figure of YearlyNetIncomePerHeadChanged. */
    public record YearlyIncome(int year, BigDecimal netIncome, int members, BigDecimal netIncomePerHead, int monthsCounted) {
    }

    /** A counted monthly income entry of IncomeEntryCounted (signed by the cadre and the household). */
    public record IncomeEntry(String month, String entryId, BigDecimal netIncome, int members, String cadreId,
                              String supersedesEntryId) {
    }

    /**
     * The exit (销号), and where the household stands on {@code asOf}: TRACKING (帮扶不脱钩, until trackingEndsOn),
     * OBSERVATION (until observationEndsOn), or DONE.
     */
    public record Exit(LocalDate exitedOn, LocalDate trackingEndsOn, LocalDate observationEndsOn, String phase,
                       String exitId, Integer exitYear, Integer criteriaVersion) {
    }

    /**
     * A procedure under way on {@code asOf}: REGISTRATION, NOTICE, OBJECTION, EXIT or RELAPSE, with its stage (an
     * exit's stage names the signatures given so far).
     */
    public record OpenProcedure(String kind, String reference, String stage, LocalDate since) {
    }

    public record UnreconstructedFact(String eventId, String type, LocalDate businessDate, Instant recordedAt) {
    }
}

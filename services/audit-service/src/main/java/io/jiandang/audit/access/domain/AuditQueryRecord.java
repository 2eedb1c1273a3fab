package io.jiandang.audit.access.domain;

import java.time.Instant;

/**
 * One query of an auditor (or supervisor), recorded before it is answered: who looked at which household or
 * division, what they asked, when, and whether it was allowed. The audit service audits its own readers.
 *
 * @param householdId  the household looked at, or {@code null} for a division-wide query
 * @param divisionCode the division of the household (its village) or the division queried
 * @param query        what was asked, e.g. {@code TIMELINE}, {@code AS_OF}, {@code DOSSIER}
 * @param parameters   the query's parameters as the caller gave them (dates, kinds; never personal data)
 */
public record AuditQueryRecord(String id, String userId, String role, String level, String actorDivisionCode,
                               String householdId, String divisionCode, String query, String parameters, Instant at,
                               Outcome outcome) {

    public enum Outcome { ALLOWED, REFUSED, NOT_FOUND }
}

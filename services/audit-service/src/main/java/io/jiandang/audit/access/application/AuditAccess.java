package io.jiandang.audit.access.application;

import io.jiandang.audit.access.domain.AuditQueryRecord;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.log.application.AuditLog;
import io.jiandang.audit.log.application.AuditedHousehold;
import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The door of every read: auditors (and supervisors) only, inside their jurisdiction, and every attempt is
 * recorded — allowed, refused or not found — before anything is answered.
 */
public class AuditAccess {

    /** Who may read the audit log: third-party evaluators and archive officers (AUDITOR), and supervisors. */
    public static final Role[] READERS = {Role.AUDITOR, Role.SUPERVISOR};

    private final AuditLog log;
    private final AuditQueries queries;
    private final DivisionCatalogue divisions;
    private final Clock clock;

    public AuditAccess(AuditLog log, AuditQueries queries, DivisionCatalogue divisions, Clock clock) {
        this.log = log;
        this.queries = queries;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** Opens a household for a query, or refuses (403 role/jurisdiction, 404 unknown household). */
    public AuditedHousehold household(Actor actor, String householdId, String query, String parameters) {
        try {
            AccessRules.requireRole(actor, READERS);
        } catch (AccessRefusedException refused) {
            record(actor, householdId, null, query, parameters, AuditQueryRecord.Outcome.REFUSED);
            throw refused;
        }
        AuditedHousehold household = log.findHousehold(householdId).orElse(null);
        if (household == null) {
            record(actor, householdId, null, query, parameters, AuditQueryRecord.Outcome.NOT_FOUND);
            throw new AuditException(AuditErrorCode.HOUSEHOLD_NOT_FOUND, "householdId",
                    "The audit log holds no fact about household " + householdId);
        }
        try {
            AccessRules.requireCovers(actor, household.divisionCode());
        } catch (AccessRefusedException refused) {
            record(actor, householdId, household.divisionCode(), query, parameters, AuditQueryRecord.Outcome.REFUSED);
            throw refused;
        }
        record(actor, householdId, household.divisionCode(), query, parameters, AuditQueryRecord.Outcome.ALLOWED);
        return household;
    }

    /** Opens a division (at any of the five levels) for a query, or refuses. */
    public Division division(Actor actor, String divisionCode, String query, String parameters) {
        try {
            AccessRules.requireRole(actor, READERS);
        } catch (AccessRefusedException refused) {
            record(actor, null, divisionCode, query, parameters, AuditQueryRecord.Outcome.REFUSED);
            throw refused;
        }
        Division division = divisionCode == null ? null : divisions.find(divisionCode).orElse(null);
        if (division == null) {
            record(actor, null, divisionCode, query, parameters, AuditQueryRecord.Outcome.NOT_FOUND);
            throw new AuditException(AuditErrorCode.UNKNOWN_DIVISION, "divisionCode", "No division has code " + divisionCode);
        }
        try {
            AccessRules.requireCovers(actor, division.code());
        } catch (AccessRefusedException refused) {
            record(actor, null, division.code(), query, parameters, AuditQueryRecord.Outcome.REFUSED);
            throw refused;
        }
        record(actor, null, division.code(), query, parameters, AuditQueryRecord.Outcome.ALLOWED);
        return division;
    }

    /** Requires a reader's role for log-wide operations (verification of the whole log, seals). */
    public void logWide(Actor actor, String query, String parameters) {
        try {
            AccessRules.requireRole(actor, READERS);
        } catch (AccessRefusedException refused) {
            record(actor, null, null, query, parameters, AuditQueryRecord.Outcome.REFUSED);
            throw refused;
        }
        record(actor, null, null, query, parameters, AuditQueryRecord.Outcome.ALLOWED);
    }

    /** Who looked at a household (the caller must be allowed to look at it too). */
    public List<AuditQueryRecord> queriesOfHousehold(Actor actor, String householdId) {
        household(actor, householdId, "QUERIES_OF_HOUSEHOLD", "");
        return queries.ofHousehold(householdId);
    }

    /** What a user looked at, limited to the divisions the caller covers. */
    public List<AuditQueryRecord> queriesOfUser(Actor actor, String userId) {
        logWide(actor, "QUERIES_OF_USER", "userId=" + userId);
        return queries.ofUser(userId).stream()
                .filter(q -> q.divisionCode() == null ? actor.jurisdictionPrefix().length() <= 2 : actor.covers(q.divisionCode()))
                .toList();
    }

    private void record(Actor actor, String householdId, String divisionCode, String query, String parameters,
                        AuditQueryRecord.Outcome outcome) {
        queries.record(new AuditQueryRecord(UUID.randomUUID().toString(), actor.userId(), actor.role().name(),
                actor.level().name(), actor.divisionCode(), householdId, divisionCode, query, parameters,
                clock.instant(), outcome));
    }
}

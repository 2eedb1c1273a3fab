package io.jiandang.reporting.cycle.domain;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.reporting.register.domain.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An update cycle (动态管理的更新周期): a region information officer opens it for a period with a deadline per
 * level; officers' HouseholdUpdated events tagged with its id count toward its completeness; closing it freezes a
 * period snapshot. Kept as a document with an optimistic version (ADR 0006).
 *
 * @param id        the cycle tag, the period's name ({@code 2016-Q3})
 * @param deadlines last day for the village, township and county levels to finish their reviews
 * @param snapshot  the frozen snapshot once closed, else {@code null}
 */
public record UpdateCycle(String id, CycleKind kind, LocalDate periodStart, LocalDate periodEnd,
                          Map<DivisionLevel, LocalDate> deadlines, State state, String openedBy, Instant openedAt,
                          String closedBy, Instant closedAt, long version, Snapshot snapshot) {

    public enum State { OPEN, CLOSED }

    /**
     * The frozen figures: defined by the next offset of every topic partition at close and the rule versions, so
     * replaying the topics up to {@code positions} gives the same canonical figures and the same SHA-256 {@code hash}.
     */
    public record Snapshot(Map<String, Long> positions, Map<String, Integer> ruleVersions, String canonicalFigures,
                           String hash) {
    }

    /** Opens a cycle, checking that the period fits the kind and that deadlines run village ≤ township ≤ county. */
    public static UpdateCycle open(CycleKind kind, String periodName, Map<DivisionLevel, LocalDate> deadlines,
                                   String officer, Instant now) {
        Period period = Period.parse(periodName);
        if (!kind.fits(period.name())) {
            throw new UpdateCycleException("period", "period-fits-kind", "a " + kind + " cycle needs a period like "
                    + (kind == CycleKind.QUARTERLY ? "2016-Q3" : kind == CycleKind.HALF_YEARLY ? "2016-H2" : "2016-A") + ", was " + periodName);
        }
        LocalDate village = deadlines.get(DivisionLevel.VILLAGE);
        LocalDate township = deadlines.get(DivisionLevel.TOWNSHIP);
        LocalDate county = deadlines.get(DivisionLevel.COUNTY);
        if (village == null || township == null || county == null) {
            throw new UpdateCycleException("deadlines", "deadline-per-level", "deadlines for VILLAGE, TOWNSHIP and COUNTY are required");
        }
        if (township.isBefore(village) || county.isBefore(township) || village.isBefore(period.start())) {
            throw new UpdateCycleException("deadlines", "deadlines-in-order", "deadlines run from the period's start, village ≤ township ≤ county");
        }
        return new UpdateCycle(period.name(), kind, period.start(), period.end(), Map.copyOf(deadlines), State.OPEN,
                officer, now, null, null, 0, null);
    }

    /** The cycle closed with its snapshot; refused when already closed. */
    public UpdateCycle close(String officer, Instant now, Snapshot frozen) {
        if (state == State.CLOSED) {
            throw new UpdateCycleException("state", "cycle-open", "cycle " + id + " is already closed");
        }
        return new UpdateCycle(id, kind, periodStart, periodEnd, deadlines, State.CLOSED, openedBy, openedAt, officer, now,
                version + 1, frozen);
    }

    public Period period() {
        return Period.parse(id);
    }
}

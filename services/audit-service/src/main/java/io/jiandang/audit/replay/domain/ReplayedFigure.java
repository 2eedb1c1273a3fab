package io.jiandang.audit.replay.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A figure recomputed from the log: for a division, on business date {@code asOf} (or over [{@code from},
 * {@code to}]) as known at {@code knownAt}, with the households it counted and the log head it was computed at,
 * so that the replay itself can be repeated and checked.
 */
public record ReplayedFigure(String figure, String divisionCode, LocalDate asOf, LocalDate from, LocalDate to,
                             Instant knownAt, long value, long householdsExamined, List<String> householdsCounted,
                             long logPosition, String logHash) {
}

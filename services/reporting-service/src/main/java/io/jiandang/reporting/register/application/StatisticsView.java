package io.jiandang.reporting.register.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a division for a period, as the dashboard and the JSON API show them. Breakdown cells of 1 to
 * 4 households are {@code null} (suppressed). Notes say where a figure has no data yet and why.
 */
public record StatisticsView(String period, LocalDate asAt, Instant knownAt, FigureRow division,
                             Map<String, Integer> householdsByStatus, Map<String, Integer> causes,
                             Map<String, Integer> classes, Map<String, Integer> relapseCasesByStep,
                             Integer pairedHouseholds, List<FigureRow> children, Map<String, String> notes) {
}

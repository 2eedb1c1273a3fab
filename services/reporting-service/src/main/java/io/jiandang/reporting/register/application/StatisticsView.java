package io.jiandang.reporting.register.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a division for a period, as the dashboard and the JSON API show them. Breakdown cells of 1 to
 * 4 households are {@code null} (suppressed). Notes say how a figure is defined and where it has no data yet.
 *
 * @param pairedHouseholds        poor households with at least one paired cadre (结对帮扶)
 * @param pairingCoverage         pairedHouseholds / poor households (4 decimals); {@code null} when suppressed or no poor
 * @param incomeHouseholds        poor households with a yearly per-capita net income for the period's year
 * @param averageNetIncomePerHead their mean per-capita net income (yuan); {@code null} when suppressed or none
 * @param exitPlan                the exit plan of the period's year for the division (减贫计划完成进度)
 */
public record StatisticsView(String period, LocalDate asAt, Instant knownAt, FigureRow division,
                             Map<String, Integer> householdsByStatus, Map<String, Integer> causes,
                             Map<String, Integer> classes, Map<String, Integer> relapseCasesByStep,
                             Integer pairedHouseholds, BigDecimal pairingCoverage, Integer incomeHouseholds,
                             BigDecimal averageNetIncomePerHead, ExitPlanProgress exitPlan, List<FigureRow> children,
                             Map<String, String> notes) {

    /**
     * Exit plan progress: the division's target for the year by the latest plan known (a county's allocation, the
     * sum of its counties' for a city or the region; {@code null} without a plan or below county level), the people
     * of its exits that count toward that year, and their ratio.
     */
    public record ExitPlanProgress(int year, Integer target, int exitPeople, BigDecimal progress) {
    }
}

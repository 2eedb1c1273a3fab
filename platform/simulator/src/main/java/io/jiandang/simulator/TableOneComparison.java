package io.jiandang.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fidelity check of issue 8: the reporting service's yearly figures for the region against Table 1 of the report
 * at the simulation's scale, "within rounding".
 *
 * <p>Table 1 gives people in units of 10,000 (so each figure is known to ±5,000 people) and incidence to 0.1 % (±0.05
 * points). At 1:scale a people figure is therefore allowed ±max(5,000 / scale, 1) people — at least one whole person,
 * since the register counts people. Incidence is allowed ±0.05 points plus what one person more or less does to it
 * at that scale. The reduction speed (exits of the year / poor people at the start of the year) is not in Table 1;
 * its tolerance is the range the two people figures allow within their own tolerances.
 */
public final class TableOneComparison {

    /** One figure of one year: Table 1 at scale, what reporting answered, the allowed difference, and whether it holds. */
    public record Row(int year, String figure, double tableAtScale, Double reported, double tolerance, boolean withinRounding) {

        String text() {
            return String.format(Locale.ROOT, "| %d | %s | %s | %s | ±%s | %s |", year, figure, number(tableAtScale),
                    reported == null ? "not reported" : number(reported), number(tolerance),
                    withinRounding ? "yes" : "**no**");
        }

        private static String number(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.format(Locale.ROOT, "%.0f", value)
                    : String.format(Locale.ROOT, "%.2f", value);
        }
    }

    /**
     * What reporting answers for the region and a year (period = the year, as at 31 December, as known now); a figure
     * it withheld or does not have is null.
     *
     * @param incidencePercent      poor people / rural population, in percent
     * @param reductionSpeedPercent exits of the year / poor people at the start of the year, in percent
     */
    public record Reported(int year, Integer poorPeople, Double incidencePercent, Integer exitPeople,
                           Double reductionSpeedPercent) {
    }

    private TableOneComparison() {
    }

    /** Allowed difference of a people figure at this scale: half of Table 1's unit of 10,000, at least one person. */
    static double peopleTolerance(int scale) {
        return Math.max(5_000.0 / scale, 1.0);
    }

    public static List<Row> compare(int scale, Reported reported) {
        GuangxiReport.YearFigures table = GuangxiReport.year(reported.year());
        GuangxiReport.YearFigures before = GuangxiReport.year(reported.year() - 1);
        double tolerance = peopleTolerance(scale);
        double poor = table.poorPeople() / (double) scale;
        double exits = table.exitedPeople() / (double) scale;
        double poorBefore = before.poorPeople() / (double) scale;
        double ruralAtScale = table.ruralPopulation() / (double) scale;
        double incidenceTolerance = 0.05 + 100.0 * tolerance / ruralAtScale;
        double speed = 100.0 * exits / poorBefore;
        double speedLow = 100.0 * (exits - tolerance) / (poorBefore + tolerance);
        double speedHigh = 100.0 * (exits + tolerance) / (poorBefore - tolerance);
        double speedTolerance = Math.max(speed - speedLow, speedHigh - speed);
        List<Row> rows = new ArrayList<>();
        rows.add(row(reported.year(), "poor people", poor, toDouble(reported.poorPeople()), tolerance));
        rows.add(row(reported.year(), "incidence (%)", table.incidencePercent(), reported.incidencePercent(), incidenceTolerance));
        rows.add(row(reported.year(), "exits (people)", exits, toDouble(reported.exitPeople()), tolerance));
        rows.add(row(reported.year(), "reduction speed (%)", speed, reported.reductionSpeedPercent(), speedTolerance));
        return rows;
    }

    /**
     * The baseline: reporting's poor people as at 31 December of Table 1's first year (2013), the stock the
     * simulated years start from. Only the poor people are compared: the one surveyed population that fits the
     * incidences of 2014–2016 ({@link PopulationPlan#balancedRuralPopulation()}) is 1% above the one 2013's 14.9%
     * implies, so the 2013 incidence comes out 0.15 points low by design.
     */
    public static List<Row> compareBaseline(int scale, int year, Integer reportedPoorPeople) {
        GuangxiReport.YearFigures table = GuangxiReport.year(year);
        return List.of(row(year, "poor people", table.poorPeople() / (double) scale, toDouble(reportedPoorPeople),
                peopleTolerance(scale)));
    }

    /** The comparison as a Markdown table, one row per year and figure. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| year | figure | Table 1 at scale | reporting | allowed | within rounding |\n"
                + "|---|---|---|---|---|---|\n");
        rows.forEach(r -> out.append(r.text()).append('\n'));
        return out.toString();
    }

    public static boolean allWithinRounding(List<Row> rows) {
        return !rows.isEmpty() && rows.stream().allMatch(Row::withinRounding);
    }

    private static Row row(int year, String figure, double table, Double reported, double tolerance) {
        boolean within = reported != null && Math.abs(reported - table) <= tolerance + 1e-9;
        return new Row(year, figure, table, reported, tolerance, within);
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}

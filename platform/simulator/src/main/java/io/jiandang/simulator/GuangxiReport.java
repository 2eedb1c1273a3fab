package io.jiandang.simulator;

import java.util.Map;

/**
 * The figures of the 2017 Guangxi blue book on poverty alleviation (shared/seed, restated in docs/domain.md)
 * that the simulated population reproduces. Nothing here is invented: where the report gives no figure the
 * simulator says what it assumes instead ({@link PopulationPlan}).
 */
public final class GuangxiReport {

    /** One row of Table 1: poor population (10,000 people), poverty incidence, exits (10,000 people). */
    public record YearFigures(int year, int poorTenThousands, double incidencePercent, int exitsTenThousands) {

        public long poorPeople() {
            return poorTenThousands * 10_000L;
        }

        public long exitedPeople() {
            return exitsTenThousands * 10_000L;
        }

        /** Incidence = poor / rural registered population, so the rural population is poor / incidence. */
        public long ruralPopulation() {
            return Math.round(poorPeople() / (incidencePercent / 100.0));
        }
    }

    /** Table 1, the years around the simulated ones: 2013 is the stock the simulation starts from. */
    public static final Map<Integer, YearFigures> TABLE_1 = Map.of(
            2013, new YearFigures(2013, 634, 14.9, 121),
            2014, new YearFigures(2014, 540, 12.6, 94),
            2015, new YearFigures(2015, 452, 10.5, 88),
            2016, new YearFigures(2016, 341, 7.9, 111));

    /**
     * The year the simulation registers the stock Table 1 starts from (the end-2013 poor), surveyed and registered
     * in its autumn, so that reporting's poor people as at 2013-12-31 are Table 1's 634 (10,000 people) at the scale.
     */
    public static final int BASELINE_YEAR = 2013;

    /** The years whose exits the simulation drives and compares with Table 1, one step each. */
    public static final int FIRST_YEAR = 2014;
    public static final int LAST_YEAR = 2016;

    /** Households surveyed in the 2015–16 identification (4.88 million households, 20+ million people). */
    public static final long SURVEYED_HOUSEHOLDS = 4_880_000L;

    /** 2016 poverty incidence of the three cities the report names (percent); codes are the NBS city codes. */
    public static final Map<String, Double> CITY_INCIDENCE_2016 = Map.of(
            "451200", 19.89,   // 河池市 Hechi
            "451000", 18.95,   // 百色市 Baise
            "451400", 16.64);  // 崇左市 Chongzuo

    private GuangxiReport() {
    }

    public static YearFigures year(int year) {
        YearFigures figures = TABLE_1.get(year);
        if (figures == null) {
            throw new IllegalArgumentException("Table 1 as simulated covers 2013–2016, not " + year);
        }
        return figures;
    }
}

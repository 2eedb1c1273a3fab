package io.jiandang.simulator;

import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many households and poor people each city gets at a scale factor, from the report's figures.
 *
 * <p>The report gives the province's Table 1 and the 2016 incidence of three cities, not each city's rural
 * population. The plan assumes a city's rural population is proportional to its administrative villages
 * (村委会) in the division catalogue; the three named cities get their reported 2016 incidence and the other
 * eleven share the rest of the province's 2016 poor in proportion to their villages. Each city keeps its share
 * of the province's poor through 2013–2016 (Table 1 changes the stock only by its exits), so the 2016 figures
 * come out as reported and the earlier years follow Table 1 at province level.
 *
 * <p>Rural population: reporting divides the poor by the people surveyed (入户调查), so the surveyed people are the
 * incidence's denominator. Table 1's incidences imply a rural population of 42.86 million (2014) to 43.16 million
 * (2016); the register's surveyed people do not change over the years, so the plan surveys one fixed population,
 * the one that balances the incidence errors of the simulated years ({@link #balancedRuralPopulation()}, 42.98
 * million: every year within 0.04 points of Table 1). It is split over the cities by their villages. (The
 * report's 4.88 million surveyed households hold fewer people than that; the plan follows the incidence.)
 *
 * @param scale       1 simulated person for {@code scale} real ones (1 = 1:1, 1000 = 1:1000)
 * @param cities      per city, in code order
 */
public record PopulationPlan(int scale, List<CityPlan> cities) {

    /**
     * One city's share at the scale.
     *
     * @param ruralVillages        administrative villages, the proxy for its rural population
     * @param surveyedPeople       people surveyed (poor and not poor): the city's rural population at the scale
     * @param poorPeopleAtStart    poor people at the end of 2013, the stock the simulation registers
     * @param exitsByYear          people leaving poverty each simulated year
     * @param ruralPopulationShare the city's share of the province's rural population
     */
    public record CityPlan(String cityCode, String name, int ruralVillages, long surveyedPeople,
                           long poorPeopleAtStart, Map<Integer, Long> exitsByYear, double ruralPopulationShare) {

        /** Poor people at the end of a year 2013..2016 as planned. */
        public long poorPeopleAtEndOf(int year) {
            long poor = poorPeopleAtStart;
            for (int y = GuangxiReport.FIRST_YEAR; y <= year; y++) {
                poor -= exitsByYear.getOrDefault(y, 0L);
            }
            return poor;
        }
    }

    public static final int MIN_SCALE = 1;
    /** Down to 1:1000 the report's shares hold within rounding; smaller runs (tests, smoke runs) are allowed. */
    public static final int MAX_SCALE = 100_000;

    public static PopulationPlan of(DivisionCatalogue catalogue, int scale) {
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("The scale factor must be 1 (1:1) to " + MAX_SCALE + ", got " + scale);
        }
        List<Division> cities = catalogue.atLevel(DivisionLevel.CITY);
        Map<String, Integer> villages = new LinkedHashMap<>();
        for (Division city : cities) {
            villages.put(city.code(), ruralVillages(catalogue, city.code()).size());
        }
        double allVillages = villages.values().stream().mapToInt(Integer::intValue).sum();

        GuangxiReport.YearFigures last = GuangxiReport.year(GuangxiReport.LAST_YEAR);
        double rural2016 = balancedRuralPopulation();
        Map<String, Double> poor2016 = new LinkedHashMap<>();
        double named = 0;
        double unnamedVillages = 0;
        for (Division city : cities) {
            Double incidence = GuangxiReport.CITY_INCIDENCE_2016.get(city.code());
            if (incidence != null) {
                double poor = incidence / 100.0 * rural2016 * villages.get(city.code()) / allVillages;
                poor2016.put(city.code(), poor);
                named += poor;
            } else {
                unnamedVillages += villages.get(city.code());
            }
        }
        double rest = last.poorPeople() - named;
        for (Division city : cities) {
            if (!poor2016.containsKey(city.code())) {
                poor2016.put(city.code(), rest * villages.get(city.code()) / unnamedVillages);
            }
        }
        List<Double> poorWeights = cities.stream().map(c -> poor2016.get(c.code())).toList();
        List<Double> villageWeights = cities.stream().map(c -> (double) villages.get(c.code())).toList();

        long[] surveyed = apportion(Math.round(balancedRuralPopulation() / scale), villageWeights);
        long[] stock = apportion(Math.round((double) GuangxiReport.year(GuangxiReport.FIRST_YEAR - 1).poorPeople() / scale),
                poorWeights);
        Map<Integer, long[]> exits = new LinkedHashMap<>();
        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            exits.put(year, apportion(Math.round((double) GuangxiReport.year(year).exitedPeople() / scale), poorWeights));
        }
        List<CityPlan> plans = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            Division city = cities.get(i);
            Map<Integer, Long> cityExits = new LinkedHashMap<>();
            for (Map.Entry<Integer, long[]> entry : exits.entrySet()) {
                cityExits.put(entry.getKey(), entry.getValue()[i]);
            }
            plans.add(new CityPlan(city.code(), city.name(), villages.get(city.code()), surveyed[i], stock[i],
                    Collections.unmodifiableMap(cityExits), villages.get(city.code()) / allVillages));
        }
        return new PopulationPlan(scale, List.copyOf(plans));
    }

    /** The administrative villages (村委会) of a division; urban communities hold no surveyed rural households. */
    static List<Division> ruralVillages(DivisionCatalogue catalogue, String code) {
        List<Division> all = catalogue.villagesWithin(code);
        List<Division> rural = all.stream().filter(v -> v.name().endsWith("村委会")).toList();
        return rural.isEmpty() ? all : rural;
    }

    /** Splits a whole total by weights, largest remainders first, so that the parts add up to the total exactly. */
    static long[] apportion(long total, List<Double> weights) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        long[] parts = new long[weights.size()];
        double[] remainders = new double[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            double exact = total * weights.get(i) / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; given < total; k++, given++) {
            parts[order.get(k % order.size())]++;
        }
        return parts;
    }

    public long poorPeopleAtEndOf(int year) {
        return cities.stream().mapToLong(c -> c.poorPeopleAtEndOf(year)).sum();
    }

    public long exitsIn(int year) {
        return cities.stream().mapToLong(c -> c.exitsByYear().getOrDefault(year, 0L)).sum();
    }

    /** The people surveyed at the scale: the rural population of every simulated year. */
    public long surveyedPeople() {
        return cities.stream().mapToLong(CityPlan::surveyedPeople).sum();
    }

    /** The rural population at the scale in a year: the surveyed people, the same every year. */
    public double ruralPopulation(int year) {
        GuangxiReport.year(year);
        return surveyedPeople();
    }

    /**
     * The one rural population (1:1) that balances the incidence errors of the simulated years: of the years whose
     * Table 1 figures imply the smallest and the largest rural population (poor / incidence), the population at
     * which both miss their incidence by the same amount, (poor₁ + poor₂) / (incidence₁ + incidence₂).
     */
    public static double balancedRuralPopulation() {
        GuangxiReport.YearFigures smallest = null;
        GuangxiReport.YearFigures largest = null;
        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            GuangxiReport.YearFigures f = GuangxiReport.year(year);
            if (smallest == null || f.ruralPopulation() < smallest.ruralPopulation()) {
                smallest = f;
            }
            if (largest == null || f.ruralPopulation() > largest.ruralPopulation()) {
                largest = f;
            }
        }
        return 100.0 * (smallest.poorPeople() + largest.poorPeople())
                / (smallest.incidencePercent() + largest.incidencePercent());
    }

    /** The planned incidence of a city at the end of a year, in percent. */
    public double cityIncidencePercent(String cityCode, int year) {
        CityPlan city = cities.stream().filter(c -> c.cityCode().equals(cityCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No city " + cityCode));
        return 100.0 * city.poorPeopleAtEndOf(year) / (ruralPopulation(year) * city.ruralPopulationShare());
    }
}

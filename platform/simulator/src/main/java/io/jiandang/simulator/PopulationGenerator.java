package io.jiandang.simulator;

import io.jiandang.demo.DemoMember;
import io.jiandang.demo.DemoPolicy;
import io.jiandang.demo.IdNumbers;
import io.jiandang.demo.PovertyArea;
import io.jiandang.demo.PovertyCause;
import io.jiandang.demo.Relation;
import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the Guangxi population of a {@link PopulationPlan}: households on the real administrative villages
 * of each city, members with valid GB 11643 ID numbers of their county, indicator answers that put the poor
 * under the cut-off line and the others above it, the report's causes of poverty (main-cause shares, 23.5%
 * with three causes) and areas (shares per village), and the year each poor household exits so that Table 1's
 * exits come out per city and year. Pure and deterministic: one {@link Random} from the seed, used in a fixed
 * order, so the same catalogue, scale and seed give the same population.
 *
 * <p>Memory: the whole population is held; at 1:1 (4.88 million households, about 18.5 million people) give the
 * JVM several GiB (-Xmx8g); at 1:100 it is about 100 MB.
 */
public final class PopulationGenerator {

    /** Household sizes 1..7, as in the demo county (rural Guangxi); the mean is 3.79 people. */
    private static final double[] SIZE_WEIGHTS = {7, 16, 20, 25, 17, 10, 5};
    private static final String[] SURNAMES = {"黄", "韦", "覃", "蓝", "罗", "李", "陈", "梁", "莫", "蒙", "潘", "卢",
            "廖", "杨", "王", "谭", "班", "农", "陆", "牙", "周", "吴", "何", "刘"};
    private static final String[] GIVEN = {"建", "国", "明", "军", "华", "文", "强", "平", "秀", "英", "兰", "芳",
            "梅", "丽", "玉", "红", "志", "海", "永", "福", "春", "桂", "燕", "霞"};
    /** Well-being (percent) of a poor and of a not-poor household: apart, so that the cut-off line separates them. */
    static final double POOR_MEAN = 30;
    static final double NOT_POOR_MEAN = 70;

    private final DivisionCatalogue catalogue;

    public PopulationGenerator(DivisionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Population generate(int scale, long seed) {
        return generate(PopulationPlan.of(catalogue, scale), seed);
    }

    public Population generate(PopulationPlan plan, long seed) {
        Random random = new Random(seed);
        Set<Long> idNumbersInUse = new HashSet<>();
        Map<String, List<PovertyArea>> areasByVillage = new HashMap<>();
        List<SimulatedHousehold> all = new ArrayList<>();
        for (PopulationPlan.CityPlan city : plan.cities()) {
            List<Division> villages = PopulationPlan.ruralVillages(catalogue, city.cityCode());
            List<SimulatedHousehold> poor = new ArrayList<>();
            long remaining = city.poorPeopleAtStart();
            while (remaining > 0) {
                int size = (int) Math.min(drawSize(random), remaining);
                poor.add(household(city, villages, size, true, random, idNumbersInUse, areasByVillage));
                remaining -= size;
            }
            // households that are not poor make up the city's surveyed people (its rural population) exactly
            long notPoorPeople = Math.max(0, city.surveyedPeople() - city.poorPeopleAtStart());
            List<SimulatedHousehold> cityHouseholds = new ArrayList<>(poor);
            while (notPoorPeople > 0) {
                int size = (int) Math.min(drawSize(random), notPoorPeople);
                cityHouseholds.add(household(city, villages, size, false, random, idNumbersInUse, areasByVillage));
                notPoorPeople -= size;
            }
            all.addAll(planExits(city, cityHouseholds, random));
        }
        balanceRegionExits(plan, all);
        Collections.shuffle(all, random);
        List<SimulatedHousehold> numbered = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            SimulatedHousehold h = all.get(i);
            numbered.add(new SimulatedHousehold(i + 1, h.cityCode(), h.countyCode(), h.townshipCode(), h.villageCode(),
                    h.members(), h.answers(), h.causes(), h.areas(), h.poor(), h.exitYear()));
        }
        return new Population(plan, seed, List.copyOf(numbered));
    }

    /**
     * Brings each year's exits of the region to Table 1's at the scale exactly. Whole households rarely add up to a
     * city's exits, and at small scales (1:10000: a dozen poor households a city) the cities' differences made the
     * region's years several people off (90 exit people in 2014 for 94). A shortfall is taken from households that
     * stay poor through 2016, of the cities furthest behind their own year first; a surplus is given back by the
     * year's households of the cities furthest ahead first; the largest household that fits goes first, so few
     * change. Other years are untouched: only households of no exit year and of the year itself change.
     */
    static void balanceRegionExits(PopulationPlan plan, List<SimulatedHousehold> households) {
        Map<String, PopulationPlan.CityPlan> cities = new HashMap<>();
        plan.cities().forEach(c -> cities.put(c.cityCode(), c));
        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            int y = year;
            Map<String, Long> cityExits = new HashMap<>();
            long actual = 0;
            for (SimulatedHousehold h : households) {
                if (h.exitYear() == y) {
                    cityExits.merge(h.cityCode(), (long) h.people(), Long::sum);
                    actual += h.people();
                }
            }
            long target = plan.exitsIn(y);
            // each step changes one household; a step that overshoots is undone by a smaller one after it
            for (int step = 0; actual != target && step < households.size(); step++) {
                long difference = target - actual;
                // how far a city is behind its own plan for the year (negative: ahead)
                java.util.function.ToLongFunction<SimulatedHousehold> behind = h ->
                        cities.get(h.cityCode()).exitsByYear().getOrDefault(y, 0L) - cityExits.getOrDefault(h.cityCode(), 0L);
                boolean add = difference > 0;
                java.util.Comparator<Integer> preference = java.util.Comparator
                        .comparingLong((Integer i) -> add ? -behind.applyAsLong(households.get(i)) : behind.applyAsLong(households.get(i)))
                        .thenComparing(i -> -households.get(i).people())
                        .thenComparing(i -> i);
                Integer chosen = null;
                for (int i = 0; i < households.size(); i++) {
                    SimulatedHousehold h = households.get(i);
                    boolean candidate = add ? h.poor() && h.exitYear() == 0 : h.exitYear() == y;
                    if (candidate && h.people() <= Math.abs(difference)
                            && (chosen == null || preference.compare(i, chosen) < 0)) {
                        chosen = i;
                    }
                }
                if (chosen == null && !add) {
                    // every household of the year is larger than the surplus: give back the smallest, add after
                    for (int i = 0; i < households.size(); i++) {
                        if (households.get(i).exitYear() == y
                                && (chosen == null || households.get(i).people() < households.get(chosen).people())) {
                            chosen = i;
                        }
                    }
                }
                if (chosen == null) {
                    break; // no household that stays poor is small enough: the year stays as near as it is
                }
                SimulatedHousehold h = households.get(chosen);
                int sign = h.exitYear() == y ? -1 : 1;
                households.set(chosen, h.exitingIn(sign > 0 ? y : 0));
                cityExits.merge(h.cityCode(), (long) sign * h.people(), Long::sum);
                actual += (long) sign * h.people();
            }
        }
    }

    /**
     * Marks which poor households exit in which year: in a seeded order, whole households whose people still fit
     * the year's exits, then the smallest one left if it overshoots by less than the shortfall; a year's difference
     * moves to the next one, so each city's stock stays within about one household of the plan.
     */
    private static List<SimulatedHousehold> planExits(PopulationPlan.CityPlan city, List<SimulatedHousehold> households,
                                                      Random random) {
        List<Integer> poorIndexes = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            if (households.get(i).poor()) {
                poorIndexes.add(i);
            }
        }
        Collections.shuffle(poorIndexes, random);
        List<SimulatedHousehold> result = new ArrayList<>(households);
        int next = 0;
        long carry = 0;
        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            long target = city.exitsByYear().getOrDefault(year, 0L) + carry;
            List<Integer> skipped = new ArrayList<>();
            while (target > 0 && next < poorIndexes.size()) {
                int index = poorIndexes.get(next++);
                SimulatedHousehold h = result.get(index);
                if (h.people() <= target) {
                    result.set(index, h.exitingIn(year));
                    target -= h.people();
                } else {
                    skipped.add(index);
                }
            }
            if (target > 0 && !skipped.isEmpty()) {
                // no household fits the rest: take the smallest one if it overshoots by less than the shortfall
                Integer smallest = skipped.stream().min((a, b) -> Integer.compare(result.get(a).people(),
                        result.get(b).people())).orElseThrow();
                if (result.get(smallest).people() - target < target) {
                    result.set(smallest, result.get(smallest).exitingIn(year));
                    target -= result.get(smallest).people();
                    skipped.remove(smallest);
                }
            }
            // what a year missed (or took too much) moves to the next year, so the cumulative stock stays on plan
            carry = target;
            // households too large for this year's rest stay poor for now and come first next year
            poorIndexes.subList(0, next).clear();
            poorIndexes.addAll(0, skipped);
            next = 0;
        }
        return result;
    }

    private SimulatedHousehold household(PopulationPlan.CityPlan city, List<Division> villages, int size, boolean poor,
                                         Random random, Set<Long> idNumbersInUse,
                                         Map<String, List<PovertyArea>> areasByVillage) {
        Division village = villages.get(random.nextInt(villages.size()));
        Division township = catalogue.get(village.parentCode());
        String countyCode = township.parentCode();
        List<PovertyCause> causes = poor ? ReportShares.drawCauses(random) : List.of();
        List<PovertyArea> areas = areasByVillage.computeIfAbsent(village.code(), v -> ReportShares.drawAreas(random));
        return new SimulatedHousehold(0, city.cityCode(), countyCode, township.code(), village.code(),
                members(countyCode, size, random, idNumbersInUse), answers(poor, causes, random), causes, areas, poor, 0);
    }

    /** Answers (degrees 0..1) around the household's well-being, pulled down on the items its causes touch. */
    static Map<String, BigDecimal> answers(boolean poor, List<PovertyCause> causes, Random random) {
        double wellBeing = poor ? clamp(POOR_MEAN + random.nextGaussian() * 7, 5, 45)
                : clamp(NOT_POOR_MEAN + random.nextGaussian() * 8, 55, 97);
        Map<String, Double> pull = new HashMap<>();
        for (PovertyCause cause : causes) {
            switch (cause) {
                case LACK_OF_FUNDS -> pull.merge(DemoPolicy.INCOME_PER_HEAD, -10.0, Double::sum);
                case ILLNESS -> pull.merge(DemoPolicy.MEMBERS_HEALTH, -25.0, Double::sum);
                case SCHOOLING -> pull.merge(DemoPolicy.SCHOOLING, -25.0, Double::sum);
                case LACK_OF_LABOUR -> pull.merge(DemoPolicy.LABOUR_CAPACITY, -25.0, Double::sum);
                case DISABILITY -> pull.merge(DemoPolicy.LABOUR_CAPACITY, -15.0, Double::sum);
                case LACK_OF_SKILLS -> pull.merge(DemoPolicy.INCOME_PER_HEAD, -8.0, Double::sum);
                case DISASTER -> pull.merge(DemoPolicy.HOUSING_SAFETY, -25.0, Double::sum);
                case OTHER -> pull.merge(DemoPolicy.FARMLAND_PER_HEAD, -5.0, Double::sum);
            }
        }
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        for (DemoPolicy.Indicator indicator : DemoPolicy.indicators()) {
            double percent = wellBeing + random.nextGaussian() * 6 + pull.getOrDefault(indicator.item(), 0.0);
            answers.put(indicator.item(), BigDecimal.valueOf(Math.round(clamp(percent, 0, 100)), 2));
        }
        return Collections.unmodifiableMap(answers);
    }

    private static List<DemoMember> members(String countyCode, int size, Random random, Set<Long> idNumbersInUse) {
        List<DemoMember> members = new ArrayList<>(size);
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        boolean headMale = random.nextDouble() < 0.85;
        int headAge = size == 1 ? 45 + random.nextInt(36) : 28 + random.nextInt(45);
        members.add(person(countyCode, surname, headMale, headAge, Relation.HEAD, random, idNumbersInUse));
        for (int i = 1; i < size; i++) {
            if (i == 1 && random.nextDouble() < 0.85) {
                int age = Math.max(20, headAge - 6 + random.nextInt(11));
                members.add(person(countyCode, SURNAMES[random.nextInt(SURNAMES.length)], !headMale, age,
                        Relation.SPOUSE, random, idNumbersInUse));
            } else if (i == size - 1 && headAge <= 55 && random.nextDouble() < 0.3) {
                members.add(person(countyCode, surname, random.nextBoolean(), headAge + 22 + random.nextInt(11),
                        Relation.PARENT, random, idNumbersInUse));
            } else {
                int youngest = Math.max(0, headAge - 42);
                int age = youngest + random.nextInt(Math.max(1, headAge - 20 - youngest + 1));
                members.add(person(countyCode, surname, random.nextBoolean(), age, Relation.CHILD, random,
                        idNumbersInUse));
            }
        }
        return List.copyOf(members);
    }

    static final LocalDate AGES_AS_AT = LocalDate.of(GuangxiReport.BASELINE_YEAR, 1, 1);

    private static DemoMember person(String countyCode, String surname, boolean male, int age, Relation relation,
                                     Random random, Set<Long> idNumbersInUse) {
        String name = surname + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        // ages are as at the start of the baseline year, so that every birth date has passed when the household is
        // surveyed in the autumn of that year (registration refuses an ID number born after its business date)
        LocalDate birthDate = AGES_AS_AT.minusYears(Math.min(age, 99)).minusDays(random.nextInt(365));
        String idNumber;
        do {
            idNumber = IdNumbers.of(countyCode, birthDate, random.nextInt(500) * 2 + (male ? 1 : 0));
        } while (!idNumbersInUse.add(Long.parseLong(idNumber.substring(0, 17))));
        return new DemoMember(name, idNumber, relation, male, birthDate);
    }

    private static int drawSize(Random random) {
        double total = 0;
        for (double weight : SIZE_WEIGHTS) {
            total += weight;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < SIZE_WEIGHTS.length; i++) {
            pick -= SIZE_WEIGHTS[i];
            if (pick < 0) {
                return i + 1;
            }
        }
        return SIZE_WEIGHTS.length;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

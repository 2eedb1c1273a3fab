package io.jiandang.demo;

import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a demo county of fictitious households on the county's real villages. Pure and deterministic:
 * the same catalogue, county, size and seed give the same county, so a demo can be reproduced and the
 * generation is tested without a server.
 */
public final class DemoCountyGenerator {

    /** The date ages are counted at: the cut-off of the 2016 division release the villages come from. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2016, 7, 31);

    /** Share of households with three causes of poverty at once (report: 23.5%). */
    static final double THREE_CAUSES_SHARE = 0.235;
    static final double TWO_CAUSES_SHARE = 0.30;
    static final double REJECTED_SHARE = 0.10;
    static final double VETOED_SHARE = 0.05;

    /** Household sizes 1..7 with weights close to rural Guangxi's. */
    private static final double[] SIZE_WEIGHTS = {7, 16, 20, 25, 17, 10, 5};

    // Common surnames in Hechi and Baise (Zhuang, Yao and Han), more frequent ones repeated.
    private static final String[] SURNAMES = {
            "黄", "黄", "黄", "韦", "韦", "韦", "覃", "覃", "蓝", "蓝", "罗", "罗", "李", "李", "陈", "梁", "莫",
            "蒙", "潘", "卢", "廖", "杨", "王", "谭", "班", "农", "陆", "牙", "周", "吴", "何", "刘"};
    private static final String[] MALE_CHARS = {
            "建", "国", "明", "军", "华", "文", "强", "平", "志", "海", "永", "福", "德", "成", "勇", "金", "林",
            "光", "荣", "贵", "忠", "全", "有", "富", "新", "春", "安", "庆", "生", "兴", "宝", "斌"};
    private static final String[] FEMALE_CHARS = {
            "秀", "英", "兰", "芳", "梅", "丽", "玉", "红", "美", "凤", "春", "桂", "燕", "霞", "萍", "娟", "琴",
            "花", "妹", "月", "珍", "莲", "菊", "艳", "婷", "静", "敏", "娇", "云", "香", "翠", "妮"};

    private static final String[] GROUP_REJECTION_REASONS = {
            "村民小组评议：该户有子女长期在外务工，家庭收入稳定，实际情况好于打分所反映的水平 (demo)",
            "村民小组评议：该户经营养殖、收入较高，申报情况与实际不符 (demo)"};
    private static final String[] REPRESENTATIVES_REJECTION_REASONS = {
            "村民代表大会评议：该户住房已于近年新建，安全稳固，不符合贫困户条件 (demo)",
            "村民代表大会评议：该户承包土地流转收入可观，多数代表不同意纳入 (demo)"};
    private static final String[][] VETO_EVIDENCE = {
            {DemoPolicy.PUBLIC_FUNDS_EMPLOYEE, "财产检索（编制部门）：家庭成员一人为乡镇事业单位在编人员 (demo)"},
            {DemoPolicy.REGISTERED_COMPANY, "财产检索（工商部门）：户主为本县一家农业开发有限公司的法定代表人 (demo)"},
            {DemoPolicy.TOWN_PROPERTY, "财产检索（住建部门）：家庭成员于县城购买商品住房一套 (demo)"},
            {DemoPolicy.CAR_OR_MACHINERY, "财产检索（公安部门）：家庭名下登记小型轿车一辆 (demo, example veto)"}};

    private final DivisionCatalogue catalogue;

    public DemoCountyGenerator(DivisionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @throws IllegalArgumentException when the code is not a county or the size is not positive
     * @throws io.jiandang.divisions.UnknownDivisionException when the code is unknown
     */
    public DemoCounty generate(String countyCode, int householdCount, long seed) {
        Division county = catalogue.get(countyCode);
        if (county.level() != DivisionLevel.COUNTY) {
            throw new IllegalArgumentException(countyCode + " is a " + county.level() + ", not a county");
        }
        if (householdCount < 1) {
            throw new IllegalArgumentException("The demo needs at least one household");
        }
        Random random = new Random(seed);
        List<Division> villages = ruralVillages(county.code());
        Map<String, List<PovertyArea>> areasByVillage = new LinkedHashMap<>();
        for (Division village : villages) {
            areasByVillage.put(village.code(), drawAreas(random));
        }
        List<Division> placement = spread(villages, householdCount, random);
        Set<String> idNumbersInUse = new HashSet<>();
        List<DemoHousehold> households = new ArrayList<>(householdCount);
        for (int i = 0; i < householdCount; i++) {
            Division village = placement.get(i);
            List<PovertyCause> causes = drawCauses(random);
            households.add(new DemoHousehold(i + 1, village.code(), village.parentCode(),
                    drawMembers(county.code(), random, idNumbersInUse), drawAnswers(causes, random), causes,
                    areasByVillage.get(village.code()), drawPlan(random)));
        }
        return new DemoCounty(county.code(), county.name(), seed, List.copyOf(households));
    }

    /** The county's 村委会 (administrative villages); urban communities only if it has no village at all. */
    private List<Division> ruralVillages(String countyCode) {
        List<Division> all = catalogue.villagesWithin(countyCode);
        List<Division> rural = all.stream().filter(v -> v.name().endsWith("村委会")).toList();
        if (!rural.isEmpty()) {
            return rural;
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("County " + countyCode + " has no villages in the catalogue");
        }
        return all;
    }

    /** Every village gets its share (differing by one at most), in a seeded order. */
    private static List<Division> spread(List<Division> villages, int householdCount, Random random) {
        List<Division> order = new ArrayList<>(villages);
        Collections.shuffle(order, random);
        List<Division> placement = new ArrayList<>(householdCount);
        for (int i = 0; i < householdCount; i++) {
            placement.add(order.get(i % order.size()));
        }
        Collections.shuffle(placement, random);
        return placement;
    }

    static List<PovertyArea> drawAreas(Random random) {
        List<PovertyArea> areas = new ArrayList<>();
        for (PovertyArea area : PovertyArea.values()) {
            if (random.nextDouble() * 100 < area.sharePercent()) {
                areas.add(area);
            }
        }
        return List.copyOf(areas);
    }

    /** The main cause by the report's shares; 23.5% of households carry three causes, some two. */
    static List<PovertyCause> drawCauses(Random random) {
        double roll = random.nextDouble();
        int count = roll < THREE_CAUSES_SHARE ? 3 : roll < THREE_CAUSES_SHARE + TWO_CAUSES_SHARE ? 2 : 1;
        EnumSet<PovertyCause> remaining = EnumSet.allOf(PovertyCause.class);
        List<PovertyCause> causes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PovertyCause cause = weighted(remaining, random);
            causes.add(cause);
            remaining.remove(cause);
        }
        return List.copyOf(causes);
    }

    private static PovertyCause weighted(Set<PovertyCause> candidates, Random random) {
        double total = candidates.stream().mapToDouble(PovertyCause::sharePercent).sum();
        double pick = random.nextDouble() * total;
        PovertyCause last = null;
        for (PovertyCause cause : candidates) {
            last = cause;
            pick -= cause.sharePercent();
            if (pick < 0) {
                return cause;
            }
        }
        return last;
    }

    /**
     * Answers around a household-wide level of well-being (in percent), pulled down on the items its causes touch,
     * so that scores spread from very poor to well-off and the causes show in the answers.
     */
    static Map<String, BigDecimal> drawAnswers(List<PovertyCause> causes, Random random) {
        double wellBeing = clamp(58 + random.nextGaussian() * 17, 3, 97);
        Map<String, Double> pull = new LinkedHashMap<>();
        for (PovertyCause cause : causes) {
            switch (cause) {
                case LACK_OF_FUNDS -> {
                    pull.merge(DemoPolicy.INCOME_PER_HEAD, -12.0, Double::sum);
                    pull.merge(DemoPolicy.FARM_MACHINERY, -10.0, Double::sum);
                }
                case ILLNESS -> {
                    pull.merge(DemoPolicy.MEMBERS_HEALTH, -30.0, Double::sum);
                    pull.merge(DemoPolicy.MEDICAL_COVER, -10.0, Double::sum);
                }
                case SCHOOLING -> pull.merge(DemoPolicy.SCHOOLING, -30.0, Double::sum);
                case LACK_OF_LABOUR -> pull.merge(DemoPolicy.LABOUR_CAPACITY, -30.0, Double::sum);
                case DISABILITY -> {
                    pull.merge(DemoPolicy.MEMBERS_HEALTH, -20.0, Double::sum);
                    pull.merge(DemoPolicy.LABOUR_CAPACITY, -20.0, Double::sum);
                }
                case LACK_OF_SKILLS -> {
                    pull.merge(DemoPolicy.LABOUR_CAPACITY, -10.0, Double::sum);
                    pull.merge(DemoPolicy.INCOME_PER_HEAD, -8.0, Double::sum);
                }
                case DISASTER -> pull.merge(DemoPolicy.HOUSING_SAFETY, -30.0, Double::sum);
                case OTHER -> pull.merge(DemoPolicy.INCOME_PER_HEAD, -5.0, Double::sum);
            }
        }
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        for (DemoPolicy.Indicator indicator : DemoPolicy.indicators()) {
            double percent = wellBeing + random.nextGaussian() * 10 + pull.getOrDefault(indicator.item(), 0.0);
            // the degree to which the item is met, 0..1 with two decimals
            answers.put(indicator.item(), BigDecimal.valueOf(Math.round(clamp(percent, 0, 100)), 2));
        }
        return Collections.unmodifiableMap(answers);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static ProcedurePlan drawPlan(Random random) {
        double roll = random.nextDouble();
        if (roll < REJECTED_SHARE) {
            // Most rejections come at the first deliberation, in the villagers' group.
            return random.nextDouble() < 0.7
                    ? ProcedurePlan.reject(RegistrationStep.VILLAGE_GROUP_DELIBERATION, pick(GROUP_REJECTION_REASONS, random))
                    : ProcedurePlan.reject(RegistrationStep.VILLAGE_REPRESENTATIVES_DELIBERATION,
                            pick(REPRESENTATIVES_REJECTION_REASONS, random));
        }
        if (roll < REJECTED_SHARE + VETOED_SHARE) {
            String[] veto = VETO_EVIDENCE[random.nextInt(VETO_EVIDENCE.length)];
            return ProcedurePlan.veto(veto[0], veto[1]);
        }
        return ProcedurePlan.passAll();
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

    private static List<DemoMember> drawMembers(String countyCode, Random random, Set<String> idNumbersInUse) {
        int size = drawSize(random);
        List<DemoMember> members = new ArrayList<>(size);
        boolean headMale = random.nextDouble() < 0.85;
        int headAge = size == 1 ? 45 + random.nextInt(36) : 28 + random.nextInt(45);
        String headSurname = pick(SURNAMES, random);
        members.add(person(countyCode, headSurname, headMale, headAge, Relation.HEAD, random, idNumbersInUse));
        String childSurname = headSurname;
        int remaining = size - 1;
        if (remaining > 0 && random.nextDouble() < 0.85) {
            int spouseAge = Math.max(20, headAge - 6 + random.nextInt(11));
            String spouseSurname = pick(SURNAMES, random);
            members.add(person(countyCode, spouseSurname, !headMale, spouseAge, Relation.SPOUSE, random, idNumbersInUse));
            if (!headMale) {
                childSurname = spouseSurname;
            }
            remaining--;
        }
        if (remaining > 0 && headAge <= 55 && random.nextDouble() < 0.4) {
            int parents = remaining >= 2 && random.nextDouble() < 0.4 ? 2 : 1;
            boolean firstMale = parents == 2 || random.nextBoolean();
            for (int p = 0; p < parents; p++) {
                boolean male = p == 0 ? firstMale : !firstMale;
                int age = Math.min(95, headAge + 22 + random.nextInt(11));
                // The head's father shares a male head's surname; a mother keeps her own.
                String surname = male && headMale ? headSurname : pick(SURNAMES, random);
                members.add(person(countyCode, surname, male, age, Relation.PARENT, random, idNumbersInUse));
                remaining--;
            }
        }
        while (remaining > 0) {
            boolean male = random.nextBoolean();
            if (headAge >= 60 && random.nextDouble() < 0.5) {
                int age = random.nextInt(Math.min(20, headAge - 42) + 1);
                members.add(person(countyCode, childSurname, male, age, Relation.OTHER, random, idNumbersInUse));
            } else {
                int youngest = Math.max(0, headAge - 42);
                int age = youngest + random.nextInt(headAge - 20 - youngest + 1);
                members.add(person(countyCode, childSurname, male, age, Relation.CHILD, random, idNumbersInUse));
            }
            remaining--;
        }
        return List.copyOf(members);
    }

    private static DemoMember person(String countyCode, String surname, boolean male, int age, Relation relation,
                                     Random random, Set<String> idNumbersInUse) {
        String givenName = pick(male ? MALE_CHARS : FEMALE_CHARS, random)
                + (random.nextDouble() < 0.6 ? pick(male ? MALE_CHARS : FEMALE_CHARS, random) : "");
        LocalDate birthDate = REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
        String idNumber;
        do {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            idNumber = IdNumbers.of(countyCode, birthDate, sequence);
        } while (!idNumbersInUse.add(idNumber));
        return new DemoMember(surname + givenName, idNumber, relation, male, birthDate);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** Counts of the main causes, for the loader's summary line. */
    public static Map<PovertyCause, Integer> mainCauseCounts(DemoCounty county) {
        Map<PovertyCause, Integer> counts = new EnumMap<>(PovertyCause.class);
        county.households().forEach(h -> counts.merge(h.causes().get(0), 1, Integer::sum));
        return counts;
    }
}

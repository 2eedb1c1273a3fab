package io.jiandang.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The registration policy the demo publishes (version 1): a small indicator system drawn from the 18
 * categories of the Guangxi survey (18类98项, here 10 categories and 11 items) and the vetoes
 * (一票否决) the report names plus a few labelled examples.
 *
 * <p>As the registration service scores it, every answer is the degree, 0 to 1, to which the household meets
 * an item (0: not at all, 1: fully) and the weights add up to 100, so the score Σ weight × answer runs from 0
 * to 100, lower meaning poorer, as in the survey.
 */
public final class DemoPolicy {

    public static final int VERSION = 1;
    public static final int NOTICE_PERIOD_DAYS = 7;
    public static final String BLOCKS = "REGISTRATION_AND_KEEPING";

    public static final String INCOME_PER_HEAD = "INCOME_PER_HEAD";
    public static final String HOUSING_SAFETY = "HOUSING_SAFETY";
    public static final String LABOUR_CAPACITY = "LABOUR_CAPACITY";
    public static final String SCHOOLING = "SCHOOLING";
    public static final String MEDICAL_COVER = "MEDICAL_COVER";
    public static final String MEMBERS_HEALTH = "MEMBERS_HEALTH";
    public static final String FARMLAND_PER_HEAD = "FARMLAND_PER_HEAD";
    public static final String FARM_MACHINERY = "FARM_MACHINERY";
    public static final String DRINKING_WATER = "DRINKING_WATER";
    public static final String ROAD_ACCESS = "ROAD_ACCESS";
    public static final String LIVESTOCK = "LIVESTOCK";

    public static final String PUBLIC_FUNDS_EMPLOYEE = "PUBLIC_FUNDS_EMPLOYEE";
    public static final String REGISTERED_COMPANY = "REGISTERED_COMPANY";
    public static final String TOWN_PROPERTY = "TOWN_PROPERTY";
    public static final String CAR_OR_MACHINERY = "CAR_OR_MACHINERY";
    public static final String EMPLOYS_LABOUR = "EMPLOYS_LABOUR";
    public static final String HIGH_STANDARD_HOUSE = "HIGH_STANDARD_HOUSE";

    /** One scored item of a category of the indicator system. */
    public record Indicator(String category, String item, int weight) {
    }

    /** A veto rule: a fact that excludes a household whatever its score. */
    public record VetoRule(String code, String description, String blocks) {
    }

    /** The body of {@code POST /api/registration-policies}. */
    public record Policy(int version, List<Indicator> indicators, List<VetoRule> vetoRules, int noticePeriodDays) {
    }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("INCOME", INCOME_PER_HEAD, 25),             // 收入: 人均纯收入
            new Indicator("HOUSING", HOUSING_SAFETY, 15),             // 住房: 住房安全
            new Indicator("LABOUR", LABOUR_CAPACITY, 12),             // 劳动力
            new Indicator("EDUCATION", SCHOOLING, 10),                // 子女就学
            new Indicator("HEALTH", MEDICAL_COVER, 8),                // 医疗保障: 新农合参保
            new Indicator("HEALTH", MEMBERS_HEALTH, 8),               // 家庭成员健康状况
            new Indicator("FARMLAND", FARMLAND_PER_HEAD, 8),          // 耕地: 人均耕地
            new Indicator("FARM_MACHINERY", FARM_MACHINERY, 4),       // 农机
            new Indicator("DRINKING_WATER", DRINKING_WATER, 4),       // 饮水
            new Indicator("ROAD", ROAD_ACCESS, 3),                    // 道路交通
            new Indicator("LIVESTOCK", LIVESTOCK, 3));                // 养殖

    private static final List<VetoRule> VETO_RULES = List.of(
            new VetoRule(PUBLIC_FUNDS_EMPLOYEE, "家庭成员中有财政供养人员 (named in the 2017 report)", BLOCKS),
            new VetoRule(REGISTERED_COMPANY, "家庭成员中有注册公司 (named in the 2017 report)", BLOCKS),
            new VetoRule(TOWN_PROPERTY, "家庭成员在城镇购买商品住房或自建房 (named in the 2017 report)", BLOCKS),
            new VetoRule(CAR_OR_MACHINERY, "家庭拥有小汽车或大型工程机械 (example, not named in the report)", BLOCKS),
            new VetoRule(EMPLOYS_LABOUR, "长期雇佣他人从事生产经营 (example, not named in the report)", BLOCKS),
            new VetoRule(HIGH_STANDARD_HOUSE, "在农村建有高标准住房 (example, not named in the report)", BLOCKS));

    private DemoPolicy() {
    }

    public static Policy policy() {
        return new Policy(VERSION, INDICATORS, VETO_RULES, NOTICE_PERIOD_DAYS);
    }

    public static List<Indicator> indicators() {
        return INDICATORS;
    }

    /** The veto codes the report itself names (the rest of the eight are policy data). */
    public static List<String> vetoesNamedByTheReport() {
        return List.of(PUBLIC_FUNDS_EMPLOYEE, REGISTERED_COMPANY, TOWN_PROPERTY);
    }

    /** The score Σ weight × answer; the service computes its own, this is for the tests and the summary. */
    public static double weightedScore(Map<String, BigDecimal> answers) {
        double score = 0;
        for (Indicator indicator : INDICATORS) {
            score += indicator.weight() * answers.getOrDefault(indicator.item(), BigDecimal.ZERO).doubleValue();
        }
        return score;
    }
}

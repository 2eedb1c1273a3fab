package io.jiandang.exit.support;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.ExitPolicyPublishedEvent;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.contracts.exit.PlanIndicator;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.common.api.FailedCriterion;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.jiandang.contracts.exit.PlanFactor.Direction.LARGER_SHARE_WHEN_HIGHER;
import static io.jiandang.contracts.exit.PlanFactor.Direction.SMALLER_SHARE_WHEN_HIGHER;

/** The policy, people and findings the exit tests share. */
public final class ExitTestData {

    public static final String REGION = "450000";
    public static final String COUNTY = "451227";
    public static final String TOWNSHIP = "451227101000";
    public static final String VILLAGE = "451227101201";

    public static final Actor POLICY_ADMIN = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, REGION);
    public static final Actor REGION_OFFICER = new Actor("region-officer", Role.INFORMATION_OFFICER, DivisionLevel.REGION, REGION);
    public static final Actor COUNTY_OFFICER = new Actor("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, COUNTY);
    public static final Actor TOWNSHIP_OFFICER = new Actor("township-officer", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, TOWNSHIP);
    public static final Actor VILLAGE_OFFICER = new Actor("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    public static final Actor TEAM_MEMBER = new Actor("team-member-1", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, TOWNSHIP);
    public static final Actor CADRE = new Actor("cadre-1", Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, VILLAGE);
    public static final Actor OTHER_CADRE = new Actor("cadre-2", Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, VILLAGE);

    /** 八有: the eight guarantees (the "one exceeds" is the income test). */
    public static final List<ExitCriterion> GUARANTEES = List.of(
            new ExitCriterion("STABLE_INCOME_SOURCE", "有稳定收入来源或最低生活保障"),
            new ExitCriterion("SAFE_HOUSING", "有安全住房"),
            new ExitCriterion("COMPULSORY_EDUCATION", "有义务教育保障"),
            new ExitCriterion("MEDICAL_COVER", "有基本医疗保障"),
            new ExitCriterion("DRINKING_WATER", "有安全饮水"),
            new ExitCriterion("ELECTRICITY", "有生活用电"),
            new ExitCriterion("TELEVISION", "有电视可看"),
            new ExitCriterion("ROAD", "有路通自然村"));

    /** 十一有: the village's eleven haves (the "one below" is the incidence test). */
    public static final List<ExitCriterion> VILLAGE_CRITERIA = List.of(
            new ExitCriterion("COLLECTIVE_INCOME", "有村集体经济收入"), new ExitCriterion("HARDENED_ROAD", "有通村硬化路"),
            new ExitCriterion("PASSENGER_BUS", "有客运班车"), new ExitCriterion("WATER_SUPPLY", "有安全饮水"),
            new ExitCriterion("POWER_GRID", "有生活用电"), new ExitCriterion("BROADBAND", "有宽带或信号"),
            new ExitCriterion("CLINIC", "有标准化卫生室"), new ExitCriterion("CULTURE_ROOM", "有文化室"),
            new ExitCriterion("SCHOOL", "有义务教育学校或教学点"), new ExitCriterion("PARTY_BRANCH", "有好的村两委班子"),
            new ExitCriterion("INDUSTRY", "有特色产业"));

    /** 九有: the county's nine haves. */
    public static final List<ExitCriterion> COUNTY_CRITERIA = List.of(
            new ExitCriterion("INCOME_GROWTH", "农民人均可支配收入增幅高于全区平均"), new ExitCriterion("COUNTY_ROADS", "有乡镇通硬化路"),
            new ExitCriterion("COUNTY_WATER", "有安全饮水"), new ExitCriterion("COUNTY_POWER", "有生活用电"),
            new ExitCriterion("COUNTY_HOSPITAL", "有县级医院"), new ExitCriterion("COUNTY_SCHOOLS", "义务教育均衡"),
            new ExitCriterion("SOCIAL_SECURITY", "有社会保障兜底"), new ExitCriterion("INDUSTRY_PARKS", "有特色产业"),
            new ExitCriterion("POOR_VILLAGES_EXITED", "贫困村全部退出"));

    /** 八个一票否决: the veto rules re-checked at cancellation. */
    public static final List<ExitCriterion> VETOES = List.of(
            new ExitCriterion("PUBLIC_FUNDS_EMPLOYEE", "家庭成员有财政供养人员"),
            new ExitCriterion("REGISTERED_COMPANY", "家庭成员注册公司"),
            new ExitCriterion("URBAN_HOUSE", "在城镇购买商品房"),
            new ExitCriterion("MOTOR_VEHICLE", "拥有小轿车等机动车"));

    public static final List<PlanFactor> PLAN_FACTORS = List.of(
            new PlanFactor(PlanIndicator.CUT_OFF_SCORE, new BigDecimal("10"), LARGER_SHARE_WHEN_HIGHER),
            new PlanFactor(PlanIndicator.POVERTY_SCALE, new BigDecimal("30"), LARGER_SHARE_WHEN_HIGHER),
            new PlanFactor(PlanIndicator.INCIDENCE, new BigDecimal("15"), SMALLER_SHARE_WHEN_HIGHER),
            new PlanFactor(PlanIndicator.RELOCATION_SCALE, new BigDecimal("10"), LARGER_SHARE_WHEN_HIGHER),
            new PlanFactor(PlanIndicator.FARMLAND_AND_FOREST_PER_POOR_PERSON, new BigDecimal("10"), LARGER_SHARE_WHEN_HIGHER),
            new PlanFactor(PlanIndicator.RURAL_NET_INCOME_PER_HEAD, new BigDecimal("10"), LARGER_SHARE_WHEN_HIGHER),
            new PlanFactor(PlanIndicator.POVERTY_FUNDS_PER_HEAD, new BigDecimal("10"), LARGER_SHARE_WHEN_HIGHER),
            new PlanFactor(PlanIndicator.FISCAL_REVENUE_PER_HEAD, new BigDecimal("5"), LARGER_SHARE_WHEN_HIGHER));

    private ExitTestData() {
    }

    /** Version 1: the 2016 line 3,146 yuan, 12 signed months, 7 days of notice, 2 + 1 years, under 3%. */
    public static ExitPolicyPublishedEvent policy() {
        return new ExitPolicyPublishedEvent(REGION, 1, LocalDate.parse("2016-01-01"),
                Map.of(2015, new BigDecimal("2855"), 2016, new BigDecimal("3146")), 12, GUARANTEES, VILLAGE_CRITERIA,
                COUNTY_CRITERIA, new BigDecimal("3"), 7, 2, 1, VETOES, PLAN_FACTORS);
    }

    public static List<CriterionFinding> allMet(List<ExitCriterion> criteria) {
        return criteria.stream().map(c -> new CriterionFinding(c.code(), true, "seen")).toList();
    }

    public static List<CriterionFinding> allMetBut(List<ExitCriterion> criteria, String unmetCode) {
        return criteria.stream().map(c -> new CriterionFinding(c.code(), !c.code().equals(unmetCode),
                c.code().equals(unmetCode) ? "not seen" : "seen")).toList();
    }

    /** An ExitException of the code whose failed criteria are exactly the codes given, in order. */
    public static Matcher<Throwable> refusedWith(Enum<?> code, String... failedCodes) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof ExitException e && e.code() == code
                        && e.failedCriteria().stream().map(FailedCriterion::code).toList().equals(List.of(failedCodes));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("ExitException " + code + " failing exactly " + List.of(failedCodes));
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText("was " + item + (item instanceof ExitException e ? " " + e.code() + " " + e.failedCriteria() : ""));
            }
        };
    }
}

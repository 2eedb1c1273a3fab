package io.jiandang.demo;

import io.jiandang.divisions.DivisionLevel;

/** The nine steps of 两入户、两评议、两审核、两公示、一公告, in order, with the level that performs each. */
public enum RegistrationStep {
    FIRST_HOME_VISIT("第一次入户", DivisionLevel.VILLAGE, false),
    VILLAGE_GROUP_DELIBERATION("村民小组评议", DivisionLevel.VILLAGE, false),
    SECOND_HOME_VISIT("第二次入户核实", DivisionLevel.TOWNSHIP, false),
    VILLAGE_REPRESENTATIVES_DELIBERATION("村民代表大会评议", DivisionLevel.VILLAGE, false),
    VILLAGE_PUBLIC_NOTICE("村公示", DivisionLevel.VILLAGE, true),
    TOWNSHIP_REVIEW("乡镇审核", DivisionLevel.TOWNSHIP, false),
    TOWNSHIP_PUBLIC_NOTICE("乡镇公示", DivisionLevel.TOWNSHIP, true),
    COUNTY_REVIEW("县审核", DivisionLevel.COUNTY, false),
    /** After this step the household is registered (建档立卡). */
    COUNTY_ANNOUNCEMENT("县公告", DivisionLevel.COUNTY, false);

    private final String chineseName;
    private final DivisionLevel level;
    private final boolean notice;

    RegistrationStep(String chineseName, DivisionLevel level, boolean notice) {
        this.chineseName = chineseName;
        this.level = level;
        this.notice = notice;
    }

    public String chineseName() {
        return chineseName;
    }

    public DivisionLevel level() {
        return level;
    }

    /** Whether the step is a public notice that must be opened and can pass only after the notice period. */
    public boolean isNotice() {
        return notice;
    }
}

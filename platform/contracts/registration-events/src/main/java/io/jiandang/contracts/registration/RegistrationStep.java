package io.jiandang.contracts.registration;

/**
 * The nine steps of the registration procedure 两入户、两评议、两审核、两公示、一公告, in their order.
 * Which division level performs each step is a rule of the registration service, not part of the contract.
 */
public enum RegistrationStep {
    /** 第一次入户 */
    FIRST_HOME_VISIT,
    /** 村民小组评议 */
    VILLAGE_GROUP_DELIBERATION,
    /** 第二次入户核实 */
    SECOND_HOME_VISIT,
    /** 村民代表大会评议 */
    VILLAGE_REPRESENTATIVES_DELIBERATION,
    /** 村公示 (a notice with a notice period) */
    VILLAGE_PUBLIC_NOTICE,
    /** 乡镇审核 */
    TOWNSHIP_REVIEW,
    /** 乡镇公示 (a notice with a notice period) */
    TOWNSHIP_PUBLIC_NOTICE,
    /** 县审核 */
    COUNTY_REVIEW,
    /** 县公告: passing it registers the household */
    COUNTY_ANNOUNCEMENT;

    /** 1 for the first step, 9 for the announcement. */
    public int number() {
        return ordinal() + 1;
    }

    public boolean isNotice() {
        return this == VILLAGE_PUBLIC_NOTICE || this == TOWNSHIP_PUBLIC_NOTICE;
    }
}

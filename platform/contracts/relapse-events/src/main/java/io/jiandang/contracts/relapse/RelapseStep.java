package io.jiandang.contracts.relapse;

/**
 * The five steps of the relapse procedure (返贫五步法), in order. Which level performs each step is the
 * producer's rule: village, township, village, township, county.
 */
public enum RelapseStep {
    /** 返贫申请: filed by a village information officer. */
    APPLICATION,
    /** 入户核验: the verification team's findings, recorded at township level. */
    HOME_VERIFICATION,
    /** 村级评议: the village meeting's result and attendance. */
    VILLAGE_DELIBERATION,
    /** 乡镇审核公示: township review, then a public notice during which objections are answered. */
    TOWNSHIP_REVIEW_AND_NOTICE,
    /** 县级审定公告: county approval and announcement. */
    COUNTY_APPROVAL;

    /** The step's number in the procedure, 1 to 5. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step after this one, or {@code null} after the last. */
    public RelapseStep next() {
        RelapseStep[] steps = values();
        return ordinal() + 1 < steps.length ? steps[ordinal() + 1] : null;
    }
}

package io.jiandang.reporting.cycle.domain;

/** The three kinds of dynamic update (动态管理) and the period names they go with. */
public enum CycleKind {
    /** 季度小更新, periods like {@code 2016-Q3}. */
    QUARTERLY("Q"),
    /** 半年大更新, periods like {@code 2016-H2}. */
    HALF_YEARLY("H"),
    /** 年度全更新, periods like {@code 2016-A}. */
    ANNUAL("A");

    private final String marker;

    CycleKind(String marker) {
        this.marker = marker;
    }

    public boolean fits(String periodName) {
        return periodName.length() > 5 && periodName.substring(5).startsWith(marker);
    }
}

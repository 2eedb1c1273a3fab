package io.jiandang.contracts.exit;

/** The eight objective indicators of the factor method that allocates the yearly reduction target (严计划). */
public enum PlanIndicator {
    /** 贫困户精准识别分数线: the county's cut-off score. */
    CUT_OFF_SCORE,
    /** 贫困人口规模: the county's poor population. */
    POVERTY_SCALE,
    /** 贫困发生率: the county's poverty incidence (percent). */
    INCIDENCE,
    /** 移民搬迁规模: people to be relocated. */
    RELOCATION_SCALE,
    /** 贫困人口人均耕地和林地面积: farmland and forest per poor person (mu). */
    FARMLAND_AND_FOREST_PER_POOR_PERSON,
    /** 农民人均纯收入: rural net income per head (yuan). */
    RURAL_NET_INCOME_PER_HEAD,
    /** 人均扶贫专项资金投入: poverty funds per head (yuan). */
    POVERTY_FUNDS_PER_HEAD,
    /** 人均财政收入: fiscal revenue per head (yuan). */
    FISCAL_REVENUE_PER_HEAD
}

package io.jiandang.contracts.assistance;

/** A measure chosen for a household (因户施策). */
public enum AssistanceMeasure {
    /** 产业扶持: support for farming, livestock or a business. */
    INDUSTRY,
    /** 转移就业: job transfer, training and placement. */
    JOB_TRANSFER,
    /** 易地扶贫搬迁: relocation. */
    RELOCATION,
    /** 教育扶贫: education support. */
    EDUCATION,
    /** 健康扶贫: health, medical cover. */
    HEALTH,
    /** 危房改造: housing repair. */
    HOUSING,
    /** 生态补偿: ecological compensation, forest ranger posts. */
    ECOLOGICAL_COMPENSATION,
    /** 社会保障兜底: social security as the last resort (低保, 五保). */
    SOCIAL_SECURITY,
    /** 小额信贷: micro-credit. */
    MICRO_CREDIT
}

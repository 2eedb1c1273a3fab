package io.jiandang.contracts.assistance;

/** The kind of an entry of a household's assistance records (帮扶记录). */
public enum AssistanceRecordKind {
    /** 走访: a visit of the cadre. */
    VISIT,
    /** 资金: funds or goods delivered. */
    FUNDS,
    /** 解决问题: a problem solved for the household. */
    PROBLEM_SOLVED
}

package io.jiandang.contracts.assistance;

/** Where an assistance cadre (帮扶干部) comes from. */
public enum CadreKind {
    /** 机关干部: a civil servant of a government or party unit. */
    CIVIL_SERVANT,
    /** 驻邕部队、武警: a member of the army or the armed police. */
    ARMY_OR_POLICE,
    /** 村干部: a village cadre. */
    VILLAGE_CADRE,
    /** 企业家: an entrepreneur (万企帮万村). */
    ENTREPRENEUR,
    /** 志愿者: a volunteer. */
    VOLUNTEER
}

package io.jiandang.contracts.assistance;

/** A source of a household's income in the monthly income register (收入登记表), by the statistics' four kinds. */
public enum IncomeSource {
    /** 工资性收入: wages. */
    WAGES,
    /** 生产经营性收入: farming, livestock, business (gross). */
    PRODUCTION,
    /** 财产性收入: rents, dividends, land transfer. */
    PROPERTY,
    /** 转移性收入: pensions, subsidies, 低保, remittances. */
    TRANSFER
}

package io.jiandang.exit.facts.domain;

import java.math.BigDecimal;

/** A household's yearly per-capita net income from the signed income register, and how many months counted. */
public record YearlyIncome(BigDecimal netIncomePerHead, int monthsCounted) {
}

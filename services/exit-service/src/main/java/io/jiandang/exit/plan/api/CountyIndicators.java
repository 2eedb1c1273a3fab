package io.jiandang.exit.plan.api;

import io.jiandang.contracts.exit.PlanIndicator;

import java.math.BigDecimal;
import java.util.Map;

/** One county's values of the factor method's indicators for the plan year. */
public record CountyIndicators(String countyCode, Map<PlanIndicator, BigDecimal> indicators) {
}

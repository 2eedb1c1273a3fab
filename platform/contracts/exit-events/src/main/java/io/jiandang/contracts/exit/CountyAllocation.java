package io.jiandang.contracts.exit;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One county's part of the yearly reduction target.
 *
 * @param countyCode the county
 * @param indicators the county's values of the eight indicators the allocation used
 * @param factor     the county's combined factor (its share of the target, the factors add up to 1)
 * @param target     the people the county is to bring out of poverty this year (whole people)
 */
public record CountyAllocation(String countyCode, Map<PlanIndicator, BigDecimal> indicators, BigDecimal factor,
                               int target) {
}

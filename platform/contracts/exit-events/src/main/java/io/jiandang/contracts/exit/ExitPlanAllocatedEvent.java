package io.jiandang.contracts.exit;

import java.util.List;

/**
 * The region's yearly reduction target was allocated to its counties by the factor method (严计划). The
 * counties' targets add up exactly to the regional target (largest-remainder rounding).
 *
 * @param planId         the ExitPlan aggregate's id
 * @param divisionCode   the region's code
 * @param year           the plan year
 * @param regionalTarget the people the region is to bring out of poverty this year
 * @param policyVersion  the exit policy version whose factor weights were used
 * @param allocations    each county's indicators, factor and target
 */
public record ExitPlanAllocatedEvent(String planId, String divisionCode, int year, int regionalTarget,
                                     int policyVersion, List<CountyAllocation> allocations) implements ExitEvent {
}

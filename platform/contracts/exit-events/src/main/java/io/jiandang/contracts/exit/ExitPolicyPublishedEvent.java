package io.jiandang.contracts.exit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A version of the exit policy (policy data) was published by a policy administrator: the standards of 严标准,
 * the procedure's notice period, the support after exit, the veto rules of 严销号 and the factor weights of 严计划.
 * Earlier decisions keep the version they were made under.
 *
 * @param divisionCode               the region's code (450000)
 * @param version                    1, 2, ...
 * @param effectiveFrom              the business date the version holds from
 * @param incomeLines                the national income line per year (yuan per head), e.g. 2016 → 3146
 * @param incomeMonthsRequired       how many months of the year the signed income register must count
 * @param householdGuarantees        the eight guarantees of 八有一超 (the "one exceeds" is the income test)
 * @param villageCriteria            the eleven haves of 十一有一低于 (the "one below" is the incidence test)
 * @param countyCriteria             the nine haves of 九有一低于
 * @param incidenceThresholdPercent  the incidence a village or county must be below (percent, e.g. 3)
 * @param noticePeriodDays           the household exit's public notice period in days
 * @param trackingYears              years of tracking support after exit (跟踪扶持)
 * @param observationYears           years of observation after tracking (观察指导)
 * @param vetoRules                  the veto rules (一票否决) re-checked at cancellation
 * @param planFactors                the factor method's indicators, weights and directions
 */
public record ExitPolicyPublishedEvent(String divisionCode, int version, LocalDate effectiveFrom,
                                       Map<Integer, BigDecimal> incomeLines, int incomeMonthsRequired,
                                       List<ExitCriterion> householdGuarantees, List<ExitCriterion> villageCriteria,
                                       List<ExitCriterion> countyCriteria, BigDecimal incidenceThresholdPercent,
                                       int noticePeriodDays, int trackingYears, int observationYears,
                                       List<ExitCriterion> vetoRules, List<PlanFactor> planFactors)
        implements ExitEvent {
}

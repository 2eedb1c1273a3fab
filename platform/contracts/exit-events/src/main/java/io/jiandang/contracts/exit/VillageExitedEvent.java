package io.jiandang.contracts.exit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A poor village exited (贫困村退出) on 十一有一低于: every "have" met and the poverty incidence below the threshold.
 * Policies stay for the village after exit.
 *
 * @param divisionCode       the village's code
 * @param villageExitId      the VillageExit aggregate's id
 * @param year               the exit year
 * @param criteria           the findings, one per "have"
 * @param ruralPopulation    the people surveyed in the village (the incidence's denominator)
 * @param poorPeople         the registered poor people not exited (the numerator)
 * @param incidencePercent   poorPeople / ruralPopulation in percent (2 decimals)
 * @param thresholdPercent   the threshold it was below
 * @param criteriaVersion    the exit policy version applied
 */
public record VillageExitedEvent(String divisionCode, String villageExitId, int year, List<CriterionFinding> criteria,
                                 int ruralPopulation, int poorPeople, BigDecimal incidencePercent,
                                 BigDecimal thresholdPercent, int criteriaVersion) implements ExitEvent {
}

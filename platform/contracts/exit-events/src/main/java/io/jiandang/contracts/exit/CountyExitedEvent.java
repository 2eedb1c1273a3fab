package io.jiandang.contracts.exit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A poor county exited (贫困县摘帽) on 九有一低于 with a passed third-party evaluation (严评估).
 *
 * @param divisionCode     the county's code
 * @param countyExitId     the CountyExit aggregate's id
 * @param year             the exit year
 * @param criteria         the findings, one per "have"
 * @param ruralPopulation  the people surveyed in the county
 * @param poorPeople       the registered poor people not exited
 * @param incidencePercent poorPeople / ruralPopulation in percent (2 decimals)
 * @param thresholdPercent the threshold it was below
 * @param criteriaVersion  the exit policy version applied
 * @param evaluation       the third-party evaluation
 */
public record CountyExitedEvent(String divisionCode, String countyExitId, int year, List<CriterionFinding> criteria,
                                int ruralPopulation, int poorPeople, BigDecimal incidencePercent,
                                BigDecimal thresholdPercent, int criteriaVersion, ThirdPartyEvaluation evaluation)
        implements ExitEvent {
}

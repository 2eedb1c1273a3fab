package io.jiandang.contracts.exit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Cancellation (销号) was recorded: the household has exited poverty (脱贫) from {@code exitedOn}. The vetoes
 * were re-checked at cancellation. The household keeps two years of tracking support and then one year of
 * observation (扶上马送一程); a relapse (返贫) in that time is shown against this exit.
 *
 * @param exitId            the HouseholdExit aggregate's id
 * @param exitYear          the plan year the exit counts toward
 * @param exitedOn          the business date the exit holds from
 * @param netIncomePerHead  the yearly per-capita net income from the signed income register (yuan)
 * @param incomeLine        that year's national income line the income was tested against (yuan)
 * @param criteriaVersion   the version of the 八有一超 criteria (policy data) the assessment used
 * @param trackingEndsOn    the last day of the two years of tracking support
 * @param observationEndsOn the last day of the year of observation that follows tracking
 */
public record HouseholdExitedEvent(String householdId, String divisionCode, String exitId, int exitYear,
                                   LocalDate exitedOn, BigDecimal netIncomePerHead, BigDecimal incomeLine,
                                   int criteriaVersion, LocalDate trackingEndsOn, LocalDate observationEndsOn)
        implements HouseholdExitEvent {
}

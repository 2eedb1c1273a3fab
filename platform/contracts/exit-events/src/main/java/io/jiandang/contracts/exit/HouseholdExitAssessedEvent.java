package io.jiandang.contracts.exit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household passed the exit assessment against 八有一超 (严标准): its yearly per-capita net income from the
 * signed income register exceeds that year's national line, and the verification team found every guarantee
 * met. Double confirmation (双认定) and the public notice follow.
 *
 * @param exitId           the HouseholdExit aggregate's id
 * @param exitYear         the plan year the exit would count toward (the income's year)
 * @param netIncomePerHead the yearly per-capita net income tested (yuan)
 * @param incomeLine       the national line of that year (yuan)
 * @param monthsCounted    the months of the year with a counted (signed) income entry
 * @param criteriaVersion  the exit policy version applied
 * @param guarantees       the verification team's findings, one per guarantee
 * @param verificationTeam the user ids of the verification team's members
 */
public record HouseholdExitAssessedEvent(String householdId, String divisionCode, String exitId, int exitYear,
                                         BigDecimal netIncomePerHead, BigDecimal incomeLine, int monthsCounted,
                                         int criteriaVersion, List<CriterionFinding> guarantees,
                                         List<String> verificationTeam) implements HouseholdExitEvent {
}

package io.jiandang.exit.facts.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the exit context knows of a household from the other contexts' topics.
 *
 * @param villageCode  the household's village
 * @param status       where it stands in the register
 * @param people       its members now
 * @param pairedCadres the cadres paired with it now (assistance)
 * @param incomes      the yearly per-capita net income by year (assistance's signed income register)
 * @param openExitId   the exit under way (assessed, not yet exited or rejected), or {@code null}
 */
public record HouseholdFacts(String householdId, String villageCode, PovertyStatus status, int people,
                             Set<String> pairedCadres, Map<Integer, YearlyIncome> incomes,
                             String openExitId) {

    public Optional<YearlyIncome> income(int year) {
        return Optional.ofNullable(incomes.get(year));
    }
}

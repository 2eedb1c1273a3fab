package io.jiandang.exit.support;

import io.jiandang.exit.facts.domain.DivisionFigures;
import io.jiandang.exit.facts.domain.HouseholdFacts;
import io.jiandang.exit.facts.domain.RegisterFacts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The register's facts held in memory. */
public final class StubFacts implements RegisterFacts {

    private final Map<String, HouseholdFacts> households = new HashMap<>();
    private final Map<String, DivisionFigures> figures = new HashMap<>();

    public StubFacts with(HouseholdFacts household) {
        households.put(household.householdId(), household);
        return this;
    }

    public StubFacts with(DivisionFigures division) {
        figures.put(division.divisionCode(), division);
        return this;
    }

    @Override
    public Optional<HouseholdFacts> household(String householdId) {
        return Optional.ofNullable(households.get(householdId));
    }

    @Override
    public DivisionFigures figures(String divisionCode) {
        return figures.getOrDefault(divisionCode, new DivisionFigures(divisionCode, 0, 0));
    }
}

package io.jiandang.exit.facts.domain;

import java.util.Optional;

/** The local view of the register (registration, assistance, relapse and exit topics), read by the exit rules. */
public interface RegisterFacts {

    Optional<HouseholdFacts> household(String householdId);

    /** The figures of a village (12 digits) or a county (6 digits). */
    DivisionFigures figures(String divisionCode);
}

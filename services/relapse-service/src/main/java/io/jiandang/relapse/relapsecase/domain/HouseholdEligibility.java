package io.jiandang.relapse.relapsecase.domain;

import java.util.Optional;

/**
 * Domain port: the local view of households built from {@code registration.events} and {@code exit.events}. It
 * lags the topics by moments; a household it does not know yet is refused as unknown, never guessed.
 */
public interface HouseholdEligibility {

    /** The household's standing, or empty when no registration or exit event named it yet. */
    Optional<HouseholdStanding> standing(String householdId);
}

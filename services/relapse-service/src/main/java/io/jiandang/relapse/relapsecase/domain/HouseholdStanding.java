package io.jiandang.relapse.relapsecase.domain;

import java.time.LocalDate;

/**
 * What the relapse service knows of a household from the other contexts: whether it is registered (and not
 * removed) from {@code registration.events}, and its latest exit (销号) from {@code exit.events}.
 *
 * @param villageCode the household's 12-digit village code, the jurisdiction every check applies to
 * @param exitId      the latest exit's id, or {@code null} when the household never exited
 * @param exitedOn    the latest exit's business date, or {@code null}
 */
public record HouseholdStanding(String householdId, String villageCode, boolean registered, boolean removed,
                                String exitId, LocalDate exitedOn) {

    public boolean hasExited() {
        return exitId != null;
    }
}

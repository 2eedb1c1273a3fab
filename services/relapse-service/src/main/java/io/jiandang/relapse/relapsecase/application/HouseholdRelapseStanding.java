package io.jiandang.relapse.relapsecase.application;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;

/**
 * A household as the relapse service sees it, from three topics: registered or removed ({@code registration.events}),
 * its latest exit ({@code exit.events}), and its relapse cases ({@code relapse.events}).
 *
 * @param exitId            the latest exit, or {@code null}
 * @param openCaseId        the open relapse case, or {@code null}
 * @param poorAgainCaseId   the last approved relapse case, or {@code null}
 * @param poorAgainExitId   the exit that case was shown against
 * @param poorAgainFrom     the business date the household is poor again from
 */
public record HouseholdRelapseStanding(String householdId, String villageCode, boolean registered, boolean removed,
                                       String exitId, LocalDate exitedOn, String openCaseId, String poorAgainCaseId,
                                       String poorAgainExitId, LocalDate poorAgainFrom) {

    /** A household no event has named yet. */
    public static HouseholdRelapseStanding none(String householdId) {
        return new HouseholdRelapseStanding(householdId, null, false, false, null, null, null, null, null, null);
    }

    /** Poor again: a relapse was approved against the household's latest exit (a later exit ends it). */
    @JsonIgnore // derived, never stored: the read model keeps the facts only
    public boolean poorAgain() {
        return poorAgainExitId != null && poorAgainExitId.equals(exitId);
    }

    /** Whether a village officer may file a relapse application for it now. */
    @JsonIgnore
    public boolean eligibleToApply() {
        return registered && !removed && exitId != null && openCaseId == null && !poorAgain();
    }
}

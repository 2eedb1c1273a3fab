package io.jiandang.registration.household.application;

import java.util.List;
import java.util.Optional;

/**
 * Port: the households as the read model (MongoDB) holds them. Eventually consistent with the events; the
 * command side never decides on it, except for choosing the households a cut-off line ranks.
 */
public interface HouseholdViews {

    /** One household, or empty when the read model has not seen it. */
    Optional<HouseholdView> find(String householdId);

    /** The households of one village (12-digit code). */
    List<HouseholdView> inVillage(String villageCode);

    /**
     * The households of a county (6-digit code) that a cut-off line may rank: surveyed, and neither vetoed nor
     * removed. Their scores are those of the policy version each names.
     */
    List<SurveyedHousehold> surveyedInCounty(String countyCode);
}

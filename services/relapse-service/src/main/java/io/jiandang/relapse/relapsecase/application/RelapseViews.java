package io.jiandang.relapse.relapsecase.application;

import java.util.List;
import java.util.Optional;

/** Port: the relapse read model (MongoDB), eventually consistent with the topics. */
public interface RelapseViews {

    Optional<RelapseCaseView> findCase(String caseId);

    Optional<HouseholdRelapseStanding> findHousehold(String householdId);

    /** The open cases whose village code starts with the prefix (a caller's jurisdiction). */
    List<RelapseCaseView> openCasesWithin(String divisionPrefix);
}

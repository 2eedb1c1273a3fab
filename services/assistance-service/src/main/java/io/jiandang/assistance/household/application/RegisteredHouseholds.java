package io.jiandang.assistance.household.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the local view of the registration context's households. */
public interface RegisteredHouseholds {

    Optional<RegisteredHousehold> find(String householdId);

    /** Registered households whose village code starts with the prefix, except the given ids, by id. */
    List<RegisteredHousehold> registeredWithin(String divisionPrefix, Collection<String> except, int limit);

    /**
     * Up to {@code limit} registered households whose id sorts after {@code afterHouseholdId} ({@code null}: from the
     * first), by id: a page of the reassessment under a new policy version, resumable from its last id.
     */
    List<RegisteredHousehold> registeredAfter(String afterHouseholdId, int limit);
}

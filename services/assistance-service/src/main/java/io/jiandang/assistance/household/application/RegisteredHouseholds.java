package io.jiandang.assistance.household.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: the local view of the registration context's households. */
public interface RegisteredHouseholds {

    Optional<RegisteredHousehold> find(String householdId);

    /** Registered households whose village code starts with the prefix, except the given ids, by id. */
    List<RegisteredHousehold> registeredWithin(String divisionPrefix, Collection<String> except, int limit);

    /** Every registered household, for reassessing classes under a new policy version. */
    void forEachRegistered(Consumer<RegisteredHousehold> action);
}

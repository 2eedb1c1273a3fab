package io.jiandang.assistance.pairing.domain;

/**
 * Port: how many households a cadre is paired with now. The adapter reads it under a lock on the cadre's row,
 * in the command's transaction, so that two pairings of one cadre at once cannot both pass the limit.
 */
public interface CadreLoads {

    int activeHouseholds(String cadreId);
}

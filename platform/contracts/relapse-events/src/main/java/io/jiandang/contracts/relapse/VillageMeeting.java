package io.jiandang.contracts.relapse;

import java.time.LocalDate;

/**
 * The village meeting of the deliberation step (村级评议): when it was held, how many of those entitled attended
 * and how they voted.
 */
public record VillageMeeting(LocalDate heldOn, int entitled, int attendees, int votesFor, int votesAgainst) {
}

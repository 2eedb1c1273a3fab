package io.jiandang.contracts.relapse;

import java.time.Instant;
import java.util.Map;

/**
 * A policy administrator published a version of the relapse policy: the notice period of the township notice
 * and the deadline of each step in days (counted from the day the previous step was passed). A case follows the
 * version in force when it was applied for.
 */
public record RelapsePolicyPublishedEvent(String policyId, String divisionCode, int version, int noticePeriodDays,
                                          Map<RelapseStep, Integer> stepDeadlineDays, Instant publishedAt)
        implements RelapseEvent {
}

package io.jiandang.exit.household.api;

import io.jiandang.exit.common.api.FailedCriterion;

import java.util.List;

/**
 * What cancellation did: the exit was recorded, or it was stopped by the vetoes found (the stop is recorded too,
 * as HouseholdExitRejected, so it is answered rather than thrown).
 */
public record CancellationOutcome(boolean exited, List<FailedCriterion> vetoesFound) {
}

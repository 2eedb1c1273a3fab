package io.jiandang.relapse.relapsecase.api;

/** Where a relapse case stands. Only an OPEN case takes further steps. */
public enum RelapseCaseStatus {
    OPEN, APPROVED, REJECTED, WITHDRAWN
}

package io.jiandang.reporting.register.domain;

/** What kind of fact about a household the register keeps; one per consumed event type that matters. */
public enum FactKind {
    SURVEYED, NOMINATED, REGISTERED, NOT_REGISTERED, REMOVED, UPDATED,
    EXITED,
    RELAPSE_APPLIED, RELAPSE_STEP_PASSED, RELAPSE_APPROVED, RELAPSE_REJECTED, RELAPSE_WITHDRAWN,
    /** An assistance fact (pairing, class): read once assistance.events is consumed (see FactReaders). */
    PAIRED, UNPAIRED
}

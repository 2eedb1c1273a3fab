package io.jiandang.reporting.register.domain;

/** What kind of fact about a household the register keeps; one per consumed event type that matters. */
public enum FactKind {
    SURVEYED, NOMINATED, REGISTERED, NOT_REGISTERED, REMOVED, UPDATED,
    EXITED,
    RELAPSE_APPLIED, RELAPSE_STEP_PASSED, RELAPSE_APPROVED, RELAPSE_REJECTED, RELAPSE_WITHDRAWN,
    /**
     * Assistance facts (assistance.events): a cadre paired with the household, a pairing ended, a pairing passed
     * from one cadre to another, the poverty class set or changed, the yearly per-capita net income changed.
     */
    PAIRED, UNPAIRED, REPAIRED, CLASS_CHANGED, INCOME_CHANGED
}

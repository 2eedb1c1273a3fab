package io.jiandang.audit.common.api;

/** Typed refusals of the audit service; the problem document carries the name as {@code code}. */
public enum AuditErrorCode {
    HOUSEHOLD_NOT_FOUND(Kind.NOT_FOUND),
    UNKNOWN_DIVISION(Kind.NOT_FOUND),
    MISSING_PARAMETER(Kind.INVALID),
    INVALID_PERIOD(Kind.INVALID),
    INVALID_TIME(Kind.INVALID),
    UNKNOWN_FIGURE(Kind.INVALID),
    BUNDLE_TOO_LARGE(Kind.INVALID),
    PERIOD_ALREADY_SEALED(Kind.CONFLICT),
    CHAIN_BROKEN(Kind.CONFLICT),
    REPORTING_UNAVAILABLE(Kind.UPSTREAM);

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, UPSTREAM }

    private final Kind kind;

    AuditErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

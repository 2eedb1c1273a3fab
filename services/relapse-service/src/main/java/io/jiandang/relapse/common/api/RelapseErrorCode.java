package io.jiandang.relapse.common.api;

/**
 * The typed business errors of the relapse service. The web layer answers each with a problem whose {@code code}
 * is the constant's name and whose status follows the {@link Kind}.
 */
public enum RelapseErrorCode {
    // policy
    NO_POLICY_PUBLISHED(Kind.CONFLICT),
    POLICY_VERSION_NOT_NEXT(Kind.CONFLICT),
    POLICY_INVALID(Kind.INVALID),
    // eligibility (from the local view of registration.events and exit.events, and the open-case claims)
    HOUSEHOLD_UNKNOWN(Kind.CONFLICT),
    HOUSEHOLD_NOT_REGISTERED(Kind.CONFLICT),
    HOUSEHOLD_REMOVED(Kind.CONFLICT),
    HOUSEHOLD_NOT_EXITED(Kind.CONFLICT),
    HOUSEHOLD_ALREADY_POOR_AGAIN(Kind.CONFLICT),
    CASE_ALREADY_OPEN(Kind.CONFLICT),
    // input
    CAUSE_REQUIRED(Kind.INVALID),
    INCOME_INVALID(Kind.INVALID),
    EVIDENCE_INVALID(Kind.INVALID),
    TEXT_INVALID(Kind.INVALID),
    VERIFICATION_TEAM_REQUIRED(Kind.INVALID),
    MEETING_INVALID(Kind.INVALID),
    POOR_AGAIN_FROM_INVALID(Kind.INVALID),
    // the procedure
    STEP_OUT_OF_ORDER(Kind.CONFLICT),
    WRONG_LEVEL(Kind.FORBIDDEN),
    CASE_CLOSED(Kind.CONFLICT),
    MEETING_NOT_QUORATE(Kind.CONFLICT),
    DELIBERATION_NOT_CARRIED(Kind.CONFLICT),
    NOTICE_NOT_OPEN(Kind.CONFLICT),
    NOTICE_ALREADY_OPEN(Kind.CONFLICT),
    NOTICE_EXPIRED(Kind.CONFLICT),
    NOTICE_NOT_OVER(Kind.CONFLICT),
    OBJECTIONS_OPEN(Kind.CONFLICT),
    OBJECTION_ALREADY_ANSWERED(Kind.CONFLICT),
    // lookups
    OBJECTION_NOT_FOUND(Kind.NOT_FOUND),
    CASE_NOT_FOUND(Kind.NOT_FOUND),
    POLICY_NOT_FOUND(Kind.NOT_FOUND),
    HOUSEHOLD_NOT_FOUND(Kind.NOT_FOUND);

    /**
     * How the error is answered: invalid input (400), not the caller's step (403, rule LEVEL), an unknown thing
     * (404), a rule of the current state (409).
     */
    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    RelapseErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

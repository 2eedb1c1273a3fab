package io.jiandang.exit.common.api;

/**
 * The typed business errors of the exit service. The web layer answers each with a problem whose {@code code}
 * is the constant's name and whose status follows the {@link Kind}.
 */
public enum ExitErrorCode {
    // policy
    NO_POLICY_PUBLISHED(Kind.CONFLICT),
    POLICY_VERSION_NOT_NEXT(Kind.CONFLICT),
    POLICY_INVALID(Kind.INVALID),
    NO_INCOME_LINE_FOR_YEAR(Kind.CONFLICT),
    // household exit
    HOUSEHOLD_NOT_IN_REGISTER(Kind.CONFLICT),
    HOUSEHOLD_NOT_POOR(Kind.CONFLICT),
    EXIT_IN_PROGRESS(Kind.CONFLICT),
    EXIT_CRITERIA_NOT_MET(Kind.CONFLICT),
    FINDINGS_INCOMPLETE(Kind.INVALID),
    VERIFICATION_TEAM_REQUIRED(Kind.INVALID),
    EVIDENCE_REQUIRED(Kind.INVALID),
    NOT_A_TEAM_MEMBER(Kind.CONFLICT),
    NOT_THE_PAIRED_CADRE(Kind.CONFLICT),
    ALREADY_SIGNED(Kind.CONFLICT),
    SIGNATURE_MISSING(Kind.CONFLICT),
    NOTICE_ALREADY_OPEN(Kind.CONFLICT),
    NOTICE_NOT_OPEN(Kind.CONFLICT),
    NOTICE_CLOSED(Kind.CONFLICT),
    NOTICE_PERIOD_NOT_ELAPSED(Kind.CONFLICT),
    OBJECTION_OPEN(Kind.CONFLICT),
    OBJECTION_NOT_FOUND(Kind.NOT_FOUND),
    OBJECTION_ALREADY_RESOLVED(Kind.CONFLICT),
    VETO_CHECK_INCOMPLETE(Kind.INVALID),
    VETO_FOUND(Kind.CONFLICT),
    EXIT_CLOSED(Kind.CONFLICT),
    // plan
    PLAN_INVALID(Kind.INVALID),
    PLAN_ALREADY_ALLOCATED(Kind.CONFLICT),
    // village and county
    DIVISION_NOT_FOUND(Kind.INVALID),
    ALREADY_EXITED(Kind.CONFLICT),
    // lookups
    EXIT_NOT_FOUND(Kind.NOT_FOUND),
    PLAN_NOT_FOUND(Kind.NOT_FOUND);

    /** How the error is answered: invalid input (400), an unknown thing (404), a rule of the current state (409). */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    ExitErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

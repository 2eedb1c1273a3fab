package io.jiandang.registration.common.api;

/**
 * The typed business errors of the registration service. The web layer answers each with a problem whose
 * {@code code} is the constant's name and whose status follows the {@link Kind}.
 */
public enum RegistrationErrorCode {
    // policy
    NO_POLICY_PUBLISHED(Kind.CONFLICT),
    POLICY_VERSION_NOT_NEXT(Kind.CONFLICT),
    POLICY_INVALID(Kind.INVALID),
    // survey and scoring
    INVALID_VILLAGE_CODE(Kind.INVALID),
    INVALID_ID_NUMBER(Kind.INVALID),
    HOUSEHOLD_HEAD_REQUIRED(Kind.INVALID),
    DUPLICATE_MEMBER(Kind.INVALID),
    INVALID_MEMBER(Kind.INVALID),
    UNKNOWN_INDICATOR(Kind.INVALID),
    MISSING_INDICATOR_ANSWER(Kind.INVALID),
    INDICATOR_ANSWER_OUT_OF_RANGE(Kind.INVALID),
    PERSON_ALREADY_REGISTERED(Kind.CONFLICT),
    // the procedure
    NOT_A_CANDIDATE(Kind.CONFLICT),
    HOUSEHOLD_OUTSIDE_COUNTY(Kind.CONFLICT),
    STEP_OUT_OF_ORDER(Kind.CONFLICT),
    NOT_A_NOTICE_STEP(Kind.INVALID),
    NOTICE_NOT_OPEN(Kind.CONFLICT),
    NOTICE_ALREADY_OPEN(Kind.CONFLICT),
    NOTICE_PERIOD_NOT_ELAPSED(Kind.CONFLICT),
    OBJECTION_OPEN(Kind.CONFLICT),
    OBJECTION_NOT_FOUND(Kind.NOT_FOUND),
    OBJECTION_ALREADY_RESOLVED(Kind.CONFLICT),
    REASON_REQUIRED(Kind.INVALID),
    REGISTRATION_REJECTED(Kind.CONFLICT),
    ALREADY_REGISTERED(Kind.CONFLICT),
    // vetoes, updates, removal
    EVIDENCE_REQUIRED(Kind.INVALID),
    UNKNOWN_VETO_CODE(Kind.CONFLICT),
    VETO_DOES_NOT_APPLY_AFTER_REGISTRATION(Kind.CONFLICT),
    HOUSEHOLD_VETOED(Kind.CONFLICT),
    HOUSEHOLD_REMOVED(Kind.CONFLICT),
    NOT_REGISTERED(Kind.CONFLICT),
    INVALID_UPDATE_CYCLE(Kind.INVALID),
    INVALID_CHANGE(Kind.INVALID),
    MEMBER_NOT_FOUND(Kind.CONFLICT),
    LAST_MEMBER_CANNOT_LEAVE(Kind.CONFLICT),
    // identification rounds
    INVALID_ROUND(Kind.INVALID),
    ROUND_ALREADY_OPEN(Kind.CONFLICT),
    CUT_OFF_LINE_ALREADY_SET(Kind.CONFLICT),
    NO_SURVEYED_HOUSEHOLDS(Kind.CONFLICT),
    // lookups
    HOUSEHOLD_NOT_FOUND(Kind.NOT_FOUND),
    POLICY_NOT_FOUND(Kind.NOT_FOUND),
    ROUND_NOT_FOUND(Kind.NOT_FOUND);

    /** How the error is answered: invalid input (400), an unknown thing (404), a rule of the current state (409). */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    RegistrationErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

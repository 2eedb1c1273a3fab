package io.jiandang.assistance.common.api;

/**
 * The typed business errors of the assistance service. The web layer answers each with a problem whose
 * {@code code} is the constant's name and whose status follows the {@link Kind}.
 */
public enum AssistanceErrorCode {
    // policy
    NO_POLICY_PUBLISHED(Kind.CONFLICT),
    POLICY_VERSION_NOT_NEXT(Kind.CONFLICT),
    POLICY_INVALID(Kind.INVALID),
    // cadres
    CADRE_ALREADY_REGISTERED(Kind.CONFLICT),
    CADRE_INVALID(Kind.INVALID),
    INVALID_DIVISION_CODE(Kind.INVALID),
    // households (local view of registration.events)
    HOUSEHOLD_NOT_REGISTERED(Kind.CONFLICT),
    // pairing
    CADRE_LIMIT_REACHED(Kind.CONFLICT),
    ALREADY_PAIRED(Kind.CONFLICT),
    NOT_PAIRED(Kind.CONFLICT),
    HOUSEHOLD_OUTSIDE_CADRE_JURISDICTION(Kind.CONFLICT),
    SAME_CADRE(Kind.INVALID),
    REASON_REQUIRED(Kind.INVALID),
    // income register
    MONTH_IN_FUTURE(Kind.INVALID),
    INVALID_AMOUNT(Kind.INVALID),
    INVALID_MEMBERS(Kind.INVALID),
    MONTH_ALREADY_HAS_ENTRY(Kind.CONFLICT),
    SUPERSEDED_ENTRY_NOT_CURRENT(Kind.CONFLICT),
    ENTRY_SUPERSEDED(Kind.CONFLICT),
    ALREADY_SIGNED(Kind.CONFLICT),
    EVIDENCE_REQUIRED(Kind.INVALID),
    SIGNATORY_REQUIRED(Kind.INVALID),
    DATE_OUTSIDE_YEAR(Kind.INVALID),
    INCOME_CARD_EMPTY(Kind.INVALID),
    // handbook
    MEASURE_ALREADY_CHOSEN(Kind.CONFLICT),
    AMOUNT_REQUIRED_FOR_FUNDS(Kind.INVALID),
    // lookups
    HOUSEHOLD_NOT_FOUND(Kind.NOT_FOUND),
    CADRE_NOT_FOUND(Kind.NOT_FOUND),
    POLICY_NOT_FOUND(Kind.NOT_FOUND),
    ENTRY_NOT_FOUND(Kind.NOT_FOUND),
    HANDBOOK_NOT_FOUND(Kind.NOT_FOUND),
    INCOME_REGISTER_NOT_FOUND(Kind.NOT_FOUND);

    /** How the error is answered: invalid input (400), an unknown thing (404), a rule of the current state (409). */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT
    }

    private final Kind kind;

    AssistanceErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

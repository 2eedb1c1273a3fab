package io.jiandang.contracts.registration;

/** A household's housing as assessed at an update: safe, or a dilapidated house (危房) of grade C or D, or none. */
public enum HousingCondition {
    SAFE, DILAPIDATED_GRADE_C, DILAPIDATED_GRADE_D, NO_SECURE_HOUSING
}

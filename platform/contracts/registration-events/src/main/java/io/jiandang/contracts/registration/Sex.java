package io.jiandang.contracts.registration;

/** Sex as encoded in the resident ID number (the 17th digit: odd male, even female). */
public enum Sex {
    MALE, FEMALE
}

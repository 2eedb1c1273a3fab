package io.jiandang.registration.household.domain;

/** The rule of GB 11643-1999 a resident ID number broke; the problem responses name it. */
public enum IdNumberRule {
    /** 17 digits followed by a digit or 'X'. */
    GB11643_FORMAT,
    /** The first two digits name a province-level division. */
    GB11643_AREA_CODE,
    /** Digits 7–14 are a real date (yyyyMMdd), not in the future. */
    GB11643_BIRTH_DATE,
    /** The last character is the ISO 7064 MOD 11-2 check character of the first 17. */
    GB11643_CHECK_DIGIT
}

package io.jiandang.contracts.assistance;

/** Who signed a monthly income entry. */
public enum Signatory {
    /** The cadre paired with the household, signing with their own token. */
    CADRE,
    /** The head of the household, signing on paper in the presence of the one who records it. */
    HOUSEHOLD_HEAD,
    /** A member or representative of the household, signing on paper in the presence of the one who records it. */
    HOUSEHOLD_REPRESENTATIVE;

    public boolean isHousehold() {
        return this != CADRE;
    }
}

package io.jiandang.assistance.cadre.application;

import io.jiandang.contracts.assistance.CadreKind;

/**
 * A cadre as the service shows it.
 *
 * @param contact          the cadre's phone, or {@code null} when the caller may not see it
 * @param activeHouseholds how many households the cadre is paired with now
 */
public record CadreView(String cadreId, String divisionCode, String name, String unit, CadreKind kind,
                        String contact, int activeHouseholds) {

    public CadreView withoutContact() {
        return new CadreView(cadreId, divisionCode, name, unit, kind, null, activeHouseholds);
    }
}

package io.jiandang.assistance.pairing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Port: the current pairings, cadre by household. */
public interface Pairings {

    /** A current pairing. */
    record Pairing(String householdId, String divisionCode, String cadreId, LocalDate since) {
    }

    List<Pairing> ofHousehold(String householdId);

    List<Pairing> ofCadre(String cadreId);

    boolean isPaired(String householdId, String cadreId);

    /** The households with at least one cadre whose village code starts with the prefix. */
    Set<String> pairedHouseholdsWithin(String divisionPrefix);
}

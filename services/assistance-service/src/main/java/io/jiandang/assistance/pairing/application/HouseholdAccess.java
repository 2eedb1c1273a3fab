package io.jiandang.assistance.pairing.application;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and write a household's assistance data: a cadre paired with it; an information officer whose
 * jurisdiction covers its village; supervisors and auditors covering it may read.
 */
@Component
public class HouseholdAccess {

    private final RegisteredHouseholds households;
    private final Pairings pairings;

    public HouseholdAccess(RegisteredHouseholds households, Pairings pairings) {
        this.households = households;
        this.pairings = pairings;
    }

    /** The household as known from registration.events; 404 when unknown. */
    public RegisteredHousehold household(String householdId) {
        return households.find(householdId).orElseThrow(() -> new AssistanceException(
                AssistanceErrorCode.HOUSEHOLD_NOT_FOUND, "No registered household " + householdId + " is known here"));
    }

    /** A registered household; 409 when it is only surveyed or was removed. */
    public RegisteredHousehold registered(String householdId) {
        RegisteredHousehold household = household(householdId);
        if (!household.isRegistered()) {
            throw new AssistanceException(AssistanceErrorCode.HOUSEHOLD_NOT_REGISTERED,
                    "Household " + householdId + " is " + household.status() + ", not registered");
        }
        return household;
    }

    public void requireCanRead(Actor actor, RegisteredHousehold household) {
        if (actor.is(Role.ASSISTANCE_CADRE)) {
            requirePairedCadre(actor, household);
            return;
        }
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER, Role.SUPERVISOR, Role.AUDITOR);
        AccessRules.requireCovers(actor, household.divisionCode());
    }

    /** Handbook entries and income entries: the paired cadre, or an officer of the village, township or county. */
    public void requireCanWrite(Actor actor, RegisteredHousehold household) {
        if (actor.is(Role.ASSISTANCE_CADRE)) {
            requirePairedCadre(actor, household);
            return;
        }
        AccessRules.requireOfficerCovering(actor, household.divisionCode(), DivisionLevel.VILLAGE,
                DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY);
    }

    public void requirePairedCadre(Actor actor, RegisteredHousehold household) {
        AccessRules.requireRole(actor, Role.ASSISTANCE_CADRE);
        if (!pairings.isPaired(household.householdId(), actor.userId())) {
            throw new AccessRefusedException(AccessRefusedException.Rule.JURISDICTION,
                    "Cadre " + actor.userId() + " is not paired with household " + household.householdId());
        }
    }
}

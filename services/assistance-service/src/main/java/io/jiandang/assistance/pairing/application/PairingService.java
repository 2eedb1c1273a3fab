package io.jiandang.assistance.pairing.application;

import io.jiandang.assistance.cadre.application.CadreView;
import io.jiandang.assistance.cadre.application.Cadres;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import io.jiandang.assistance.pairing.api.EndPairingCommand;
import io.jiandang.assistance.pairing.api.PairHouseholdCommand;
import io.jiandang.assistance.pairing.api.RepairHouseholdCommand;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Pairing decisions, taken by an information officer (village, township or county) covering the household:
 * the household must be registered and lie in the new cadre's jurisdiction; the aggregate applies the limit.
 */
@Service
public class PairingService {

    private final HouseholdAccess access;
    private final Cadres cadres;
    private final Pairings pairings;
    private final RegisteredHouseholds households;
    private final DivisionCatalogue divisions;

    public PairingService(HouseholdAccess access, Cadres cadres, Pairings pairings, RegisteredHouseholds households,
                          DivisionCatalogue divisions) {
        this.access = access;
        this.cadres = cadres;
        this.pairings = pairings;
        this.households = households;
        this.divisions = divisions;
    }

    public void pair(Actor actor, String householdId, String cadreId, String reason, LocalDate on,
                     Function<Object, Object> send) {
        RegisteredHousehold household = decidable(actor, householdId);
        requireInJurisdictionOf(cadre(cadreId), household);
        send.apply(new PairHouseholdCommand(PairHouseholdCommand.idOf(householdId), householdId,
                household.divisionCode(), cadreId, reason, on));
    }

    public void repair(Actor actor, String householdId, String previousCadreId, String cadreId, String reason,
                       LocalDate on, Function<Object, Object> send) {
        RegisteredHousehold household = decidable(actor, householdId);
        requireInJurisdictionOf(cadre(cadreId), household);
        send.apply(new RepairHouseholdCommand(PairHouseholdCommand.idOf(householdId), householdId,
                household.divisionCode(), previousCadreId, cadreId, reason, on));
    }

    public void end(Actor actor, String householdId, String cadreId, String reason, LocalDate on,
                    Function<Object, Object> send) {
        RegisteredHousehold household = access.household(householdId);
        AccessRules.requireOfficerCovering(actor, household.divisionCode(), DivisionLevel.VILLAGE,
                DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY);
        send.apply(new EndPairingCommand(PairHouseholdCommand.idOf(householdId), householdId,
                household.divisionCode(), cadreId, reason, on));
    }

    /** Registered households of the division with no cadre (the gaps of 一帮一联), at most {@code limit}. */
    public List<RegisteredHousehold> unpaired(Actor actor, String divisionCode, int limit) {
        AccessRules.requireCovers(actor, divisionCode);
        String prefix = prefixOf(divisionCode);
        return households.registeredWithin(prefix, pairings.pairedHouseholdsWithin(prefix), limit);
    }

    private String prefixOf(String divisionCode) {
        if (divisions.find(divisionCode).isEmpty()) {
            throw new AssistanceException(AssistanceErrorCode.INVALID_DIVISION_CODE,
                    "Division " + divisionCode + " is not in the catalogue", "division", "KNOWN_DIVISION");
        }
        DivisionLevel level = divisions.levelOf(divisionCode);
        return divisionCode.substring(0, Math.min(level.significantDigits(), divisionCode.length()));
    }

    private RegisteredHousehold decidable(Actor actor, String householdId) {
        RegisteredHousehold household = access.household(householdId);
        AccessRules.requireOfficerCovering(actor, household.divisionCode(), DivisionLevel.VILLAGE,
                DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY);
        return access.registered(householdId);
    }

    private CadreView cadre(String cadreId) {
        return cadres.find(cadreId).orElseThrow(() -> new AssistanceException(AssistanceErrorCode.CADRE_NOT_FOUND,
                "No cadre " + cadreId + " is registered"));
    }

    private void requireInJurisdictionOf(CadreView cadre, RegisteredHousehold household) {
        if (!divisions.isWithin(household.divisionCode(), cadre.divisionCode())) {
            throw new AssistanceException(AssistanceErrorCode.HOUSEHOLD_OUTSIDE_CADRE_JURISDICTION,
                    "Household's village " + household.divisionCode() + " is outside the jurisdiction "
                            + cadre.divisionCode() + " of cadre " + cadre.cadreId());
        }
    }
}

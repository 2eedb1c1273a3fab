package io.jiandang.assistance.cadre.application;

import io.jiandang.assistance.cadre.api.RegisterCadreCommand;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.contracts.assistance.CadreKind;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Function;

/**
 * Registers cadres. The contact (phone) is stored in the service's own table in the same transaction as the
 * event, never in the event: the log is copied to Kafka and to every consumer, a phone number must not be.
 */
@Service
public class CadreRegistry {

    private final Cadres cadres;
    private final DivisionCatalogue divisions;

    public CadreRegistry(Cadres cadres, DivisionCatalogue divisions) {
        this.cadres = cadres;
        this.divisions = divisions;
    }

    /**
     * @param send sends the command with the caller's metadata and returns when it is stored
     */
    @Transactional
    public void register(Actor actor, String cadreId, String divisionCode, String name, String unit, CadreKind kind,
                         String contact, Function<Object, Object> send) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER);
        if (divisions.find(divisionCode).isEmpty()) {
            throw new AssistanceException(AssistanceErrorCode.INVALID_DIVISION_CODE,
                    "Division " + divisionCode + " is not in the catalogue", "divisionCode", "KNOWN_DIVISION");
        }
        AccessRules.requireCovers(actor, divisionCode);
        send.apply(new RegisterCadreCommand(cadreId, divisionCode, name, unit, kind));
        if (contact != null && !contact.isBlank()) {
            cadres.storeContact(cadreId, contact.strip());
        }
    }
}

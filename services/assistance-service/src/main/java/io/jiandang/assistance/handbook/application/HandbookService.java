package io.jiandang.assistance.handbook.application;

import io.jiandang.assistance.cadre.application.Cadres;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.common.application.EventHistory;
import io.jiandang.assistance.handbook.api.ChooseMeasureCommand;
import io.jiandang.assistance.handbook.api.RecordAssistanceCommand;
import io.jiandang.assistance.handbook.domain.HandbookDocument;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.income.application.IncomeService;
import io.jiandang.assistance.pairing.application.HouseholdAccess;
import io.jiandang.assistance.pairing.application.Pairings;
import io.jiandang.assistance.povertyclass.application.PovertyClasses;
import io.jiandang.contracts.assistance.AssistanceMeasure;
import io.jiandang.contracts.assistance.AssistanceRecordKind;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.security.Actor;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The handbook (帮扶手册): entries by the paired cadre or an officer covering the village; the document for both copies. */
@Service
public class HandbookService {

    private final HouseholdAccess access;
    private final EventHistory history;
    private final IncomeService income;
    private final Pairings pairings;
    private final Cadres cadres;
    private final PovertyClasses classes;
    private final DivisionCatalogue divisions;

    public HandbookService(HouseholdAccess access, EventHistory history, IncomeService income, Pairings pairings,
                           Cadres cadres, PovertyClasses classes, DivisionCatalogue divisions) {
        this.access = access;
        this.history = history;
        this.income = income;
        this.pairings = pairings;
        this.cadres = cadres;
        this.classes = classes;
        this.divisions = divisions;
    }

    public void chooseMeasure(Actor actor, String householdId, int year, AssistanceMeasure measure, String detail,
                              LocalDate on, Function<Object, Object> send) {
        RegisteredHousehold household = writable(actor, householdId);
        send.apply(new ChooseMeasureCommand(ChooseMeasureCommand.idOf(householdId, year), householdId,
                household.divisionCode(), year, measure, detail, on));
    }

    public String record(Actor actor, String householdId, int year, AssistanceRecordKind kind, LocalDate on,
                         String detail, BigDecimal amount, Function<Object, Object> send) {
        RegisteredHousehold household = writable(actor, householdId);
        return (String) send.apply(new RecordAssistanceCommand(ChooseMeasureCommand.idOf(householdId, year),
                householdId, household.divisionCode(), year, kind, on, detail, amount));
    }

    /** The handbook of a year, as both copies print it. */
    public HandbookDocument document(Actor actor, String householdId, int year) {
        RegisteredHousehold household = access.household(householdId);
        access.requireCanRead(actor, household);
        List<Object> events = history.payloadsOf(ChooseMeasureCommand.idOf(householdId, year));
        if (events.isEmpty()) {
            throw new AssistanceException(AssistanceErrorCode.HANDBOOK_NOT_FOUND,
                    "Household " + householdId + " has no handbook for " + year);
        }
        List<HandbookDocument.CadreLine> cadreLines = pairings.ofHousehold(householdId).stream()
                .map(p -> cadres.find(p.cadreId()).map(c -> new HandbookDocument.CadreLine(c.name(), c.unit(), c.contact()))
                        .orElse(new HandbookDocument.CadreLine(p.cadreId(), "", null)))
                .toList();
        var povertyClass = classes.find(householdId);
        String village = divisions.find(household.divisionCode()).map(d -> d.name()).orElse(household.divisionCode());
        return HandbookDocument.fold(householdId, household.divisionCode(), village, year, household.members(),
                povertyClass.map(c -> c.povertyClass().name()).orElse(null),
                povertyClass.map(PovertyClasses.ClassView::standardPerHousehold).orElse(null), cadreLines, events,
                income.sheet(householdId, year));
    }

    private RegisteredHousehold writable(Actor actor, String householdId) {
        RegisteredHousehold household = access.household(householdId);
        access.requireCanWrite(actor, household);
        return access.registered(householdId);
    }
}

package io.jiandang.assistance.pairing.adapters.in.web;

import io.jiandang.assistance.cadre.application.Cadres;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.pairing.application.HouseholdAccess;
import io.jiandang.assistance.pairing.application.PairingService;
import io.jiandang.assistance.pairing.application.Pairings;
import io.jiandang.assistance.povertyclass.application.PovertyClasses;
import io.jiandang.contracts.assistance.CadreKind;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Pairing cadres with households (一帮一联), the household's assistance summary and contact card (联系卡). */
@RestController
@Validated
@RequestMapping("/api/households")
@Tag(name = "Pairing", description = "Pair, re-pair and end pairing; households without a cadre; the contact card")
public class PairingController {

    private final PairingService pairing;
    private final CommandDispatcher dispatcher;
    private final HouseholdAccess access;
    private final Pairings pairings;
    private final Cadres cadres;
    private final PovertyClasses classes;

    public PairingController(PairingService pairing, CommandDispatcher dispatcher, HouseholdAccess access,
                             Pairings pairings, Cadres cadres, PovertyClasses classes) {
        this.pairing = pairing;
        this.dispatcher = dispatcher;
        this.access = access;
        this.pairings = pairings;
        this.cadres = cadres;
        this.classes = classes;
    }

    public record PairRequest(@NotBlank @Size(max = 64) String cadreId, @NotBlank @Size(max = 500) String reason,
                              LocalDate pairedOn) {
    }

    public record RepairRequest(@NotBlank @Size(max = 64) String cadreId, @NotBlank @Size(max = 500) String reason,
                                LocalDate repairedOn) {
    }

    public record EndRequest(@NotBlank @Size(max = 500) String reason, LocalDate endedOn) {
    }

    /** One line of the contact card: the cadre's contact only for those who may see it. */
    public record CadreOnCard(String cadreId, String name, String unit, CadreKind kind, String contact, LocalDate since) {
    }

    public record AssistanceSummary(String householdId, String divisionCode, String status, int members,
                                    java.math.BigDecimal score, PovertyClasses.ClassView povertyClass,
                                    List<CadreOnCard> cadres) {
    }

    @PostMapping("/{householdId}/pairings")
    @Operation(summary = "Pair a cadre with a registered household (INFORMATION_OFFICER covering the village)")
    public ResponseEntity<Void> pair(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                     @Valid @RequestBody PairRequest body) {
        LocalDate on = body.pairedOn() != null ? body.pairedOn() : dispatcher.today();
        pairing.pair(actor, householdId, body.cadreId(), body.reason(), on,
                c -> dispatcher.send(c, actor, on, AssistanceErrorCode.HOUSEHOLD_NOT_FOUND));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{householdId}/pairings/{cadreId}/repair")
    @Operation(summary = "Pass the household from this cadre to another (re-pairing, with a reason)")
    public ResponseEntity<Void> repair(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                       @PathVariable String cadreId, @Valid @RequestBody RepairRequest body) {
        LocalDate on = body.repairedOn() != null ? body.repairedOn() : dispatcher.today();
        pairing.repair(actor, householdId, cadreId, body.cadreId(), body.reason(), on,
                c -> dispatcher.send(c, actor, on, AssistanceErrorCode.HOUSEHOLD_NOT_FOUND));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{householdId}/pairings/{cadreId}/end")
    @Operation(summary = "End this cadre's pairing with the household (with a reason)")
    public ResponseEntity<Void> end(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                    @PathVariable String cadreId, @Valid @RequestBody EndRequest body) {
        LocalDate on = body.endedOn() != null ? body.endedOn() : dispatcher.today();
        pairing.end(actor, householdId, cadreId, body.reason(), on,
                c -> dispatcher.send(c, actor, on, AssistanceErrorCode.HOUSEHOLD_NOT_FOUND));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/unpaired")
    @Operation(summary = "Registered households of a division that have no cadre")
    public List<RegisteredHousehold> unpaired(@Parameter(hidden = true) Actor actor,
                                              @RequestParam("division") String division,
                                              @RequestParam(name = "limit", defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return pairing.unpaired(actor, division, limit);
    }

    @GetMapping("/{householdId}/assistance")
    @Operation(summary = "The household's class, cadres and contact card (联系卡)")
    public AssistanceSummary summary(@Parameter(hidden = true) Actor actor, @PathVariable String householdId) {
        RegisteredHousehold household = access.household(householdId);
        access.requireCanRead(actor, household);
        // the contact card is for the household and its officers: auditors and supervisors read it without phones
        boolean showContacts = actor.is(Role.INFORMATION_OFFICER) || actor.is(Role.ASSISTANCE_CADRE);
        List<CadreOnCard> card = pairings.ofHousehold(householdId).stream()
                .map(p -> cadres.find(p.cadreId()).map(c -> new CadreOnCard(c.cadreId(), c.name(), c.unit(), c.kind(),
                        showContacts ? c.contact() : null, p.since())).orElse(
                        new CadreOnCard(p.cadreId(), null, null, null, null, p.since())))
                .toList();
        return new AssistanceSummary(householdId, household.divisionCode(), household.status().name(),
                household.members(), household.score(), classes.find(householdId).orElse(null), card);
    }
}

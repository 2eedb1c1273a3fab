package io.jiandang.assistance.cadre.adapters.in.web;

import io.jiandang.assistance.cadre.application.CadreRegistry;
import io.jiandang.assistance.cadre.application.CadreView;
import io.jiandang.assistance.cadre.application.Cadres;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.pairing.application.Pairings;
import io.jiandang.contracts.assistance.CadreKind;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * The cadre registry (帮扶干部): registered by an information officer covering the cadre's jurisdiction. The
 * contact is stored by this service only and shown to officers covering the cadre and to the cadre.
 */
@RestController
@RequestMapping("/api/cadres")
@Tag(name = "Cadres", description = "Assistance cadres: unit, kind, jurisdiction, contact")
public class CadreController {

    private final CadreRegistry registry;
    private final Cadres cadres;
    private final Pairings pairings;
    private final CommandDispatcher dispatcher;
    private final DivisionCatalogue divisions;

    public CadreController(CadreRegistry registry, Cadres cadres, Pairings pairings, CommandDispatcher dispatcher,
                           DivisionCatalogue divisions) {
        this.divisions = divisions;
        this.registry = registry;
        this.cadres = cadres;
        this.pairings = pairings;
        this.dispatcher = dispatcher;
    }

    public record RegisterCadreRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String cadreId,
                                       @NotBlank @Pattern(regexp = "\\d{6}|\\d{12}") String divisionCode,
                                       @NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 200) String unit,
                                       @NotNull CadreKind kind,
                                       @Pattern(regexp = "\\+?[0-9 -]{5,20}") String contact) {
    }

    public record CadreResponse(CadreView cadre, List<Pairings.Pairing> households) {
    }

    @PostMapping
    @Operation(summary = "Register a cadre (INFORMATION_OFFICER covering the cadre's jurisdiction)")
    public ResponseEntity<CadreView> register(@Parameter(hidden = true) Actor actor,
                                              @Valid @RequestBody RegisterCadreRequest body) {
        registry.register(actor, body.cadreId(), body.divisionCode(), body.name(), body.unit(), body.kind(),
                body.contact(), c -> dispatcher.send(c, actor, null, AssistanceErrorCode.CADRE_NOT_FOUND));
        CadreView cadre = cadres.find(body.cadreId()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/cadres/" + body.cadreId())).body(cadre);
    }

    @GetMapping("/{cadreId}")
    @Operation(summary = "A cadre and the households paired with them")
    public CadreResponse cadre(@Parameter(hidden = true) Actor actor, @PathVariable String cadreId) {
        CadreView cadre = cadres.find(cadreId).orElseThrow(() -> new AssistanceException(
                AssistanceErrorCode.CADRE_NOT_FOUND, "No cadre " + cadreId + " is registered"));
        boolean self = actor.is(Role.ASSISTANCE_CADRE) && actor.userId().equals(cadreId);
        if (!self) {
            AccessRules.requireRole(actor, Role.INFORMATION_OFFICER, Role.SUPERVISOR, Role.AUDITOR);
            AccessRules.requireCovers(actor, cadre.divisionCode());
        }
        CadreView shown = self || actor.is(Role.INFORMATION_OFFICER) ? cadre : cadre.withoutContact();
        return new CadreResponse(shown, pairings.ofCadre(cadreId));
    }

    @GetMapping
    @Operation(summary = "The cadres whose jurisdiction lies in a division (no contacts)")
    public List<CadreView> within(@Parameter(hidden = true) Actor actor, @RequestParam("division") String division) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER, Role.SUPERVISOR, Role.AUDITOR);
        AccessRules.requireCovers(actor, division);
        if (divisions.find(division).isEmpty()) {
            throw new AssistanceException(AssistanceErrorCode.INVALID_DIVISION_CODE,
                    "Division " + division + " is not in the catalogue", "division", "KNOWN_DIVISION");
        }
        String prefix = division.substring(0, divisions.levelOf(division).significantDigits());
        return cadres.within(prefix, 1000).stream().map(CadreView::withoutContact).toList();
    }
}

package io.jiandang.audit.archive.adapters.in.web;

import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.archive.application.ArchiveBundles;
import io.jiandang.divisions.Division;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/archive")
@Tag(name = "Archive", description = "The six-level archive catalogue and its downloadable bundles (docs/archive-format.md)")
public class ArchiveController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private final AuditAccess access;
    private final ArchiveBundles bundles;

    public ArchiveController(AuditAccess access, ArchiveBundles bundles) {
        this.access = access;
        this.bundles = bundles;
    }

    @GetMapping("/catalogue/{divisionCode}")
    @Operation(summary = "A division's place in the catalogue: its path, its children with household counts, or a village's households")
    public ArchiveBundles.Catalogue catalogue(Actor actor, @PathVariable String divisionCode) {
        Division division = access.division(actor, divisionCode, "CATALOGUE", "");
        return bundles.catalogue(division);
    }

    @GetMapping(value = "/households/{householdId}/dossier", produces = "application/zip")
    @Operation(summary = "A household's dossier: manifest.json, timeline.json, decisions.json, signatures.json, events.json, state.json, SHA256SUMS")
    public ResponseEntity<byte[]> dossier(Actor actor, @PathVariable String householdId) {
        access.household(actor, householdId, "DOSSIER", "");
        return download(bundles.householdDossier(householdId, actor), "dossier-" + householdId + ".zip");
    }

    @GetMapping(value = "/divisions/{divisionCode}/bundle", produces = "application/zip")
    @Operation(summary = "The dossiers of every household in a division with its catalogue, as one ZIP")
    public ResponseEntity<byte[]> bundle(Actor actor, @PathVariable String divisionCode) {
        Division division = access.division(actor, divisionCode, "DIVISION_BUNDLE", "");
        return download(bundles.divisionBundle(division, actor), "archive-" + division.code() + ".zip");
    }

    private static ResponseEntity<byte[]> download(byte[] zip, String filename) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(zip);
    }
}

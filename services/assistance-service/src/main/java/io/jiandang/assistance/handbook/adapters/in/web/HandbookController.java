package io.jiandang.assistance.handbook.adapters.in.web;

import io.jiandang.web.CommandDispatcher;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.handbook.application.HandbookRenderer;
import io.jiandang.assistance.handbook.application.HandbookService;
import io.jiandang.assistance.handbook.domain.HandbookDocument;
import io.jiandang.contracts.assistance.AssistanceMeasure;
import io.jiandang.contracts.assistance.AssistanceRecordKind;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The handbook (帮扶手册) of a household and year: measures and assistance records written by the paired cadre
 * or an officer covering the village; the document and its two printed copies, the household's and the cadre's,
 * both rendered from the same events.
 */
@RestController
@RequestMapping("/api/households/{householdId}/handbooks/{year}")
@Tag(name = "Handbook", description = "Measures, assistance records, and the printable handbook (PDF, two copies)")
public class HandbookController {

    private final HandbookService handbooks;
    private final HandbookRenderer renderer;
    private final CommandDispatcher dispatcher;

    public HandbookController(HandbookService handbooks, HandbookRenderer renderer, CommandDispatcher dispatcher) {
        this.handbooks = handbooks;
        this.renderer = renderer;
        this.dispatcher = dispatcher;
    }

    public record MeasureRequest(@NotNull AssistanceMeasure measure, @NotBlank @Size(max = 500) String detail,
                                 LocalDate chosenOn) {
    }

    public record RecordRequest(@NotNull AssistanceRecordKind kind, LocalDate occurredOn,
                                @NotBlank @Size(max = 1000) String detail,
                                @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 2) BigDecimal amount) {
    }

    public record RecordResponse(String recordId) {
    }

    @PostMapping("/measures")
    @Operation(summary = "Choose a measure for the household (因户施策)")
    public ResponseEntity<Void> chooseMeasure(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                              @PathVariable int year, @Valid @RequestBody MeasureRequest body) {
        LocalDate on = body.chosenOn() != null ? body.chosenOn() : dispatcher.today();
        handbooks.chooseMeasure(actor, householdId, year, body.measure(), body.detail(), on,
                c -> dispatcher.send(c, actor, on, AssistanceErrorCode.HANDBOOK_NOT_FOUND));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/records")
    @Operation(summary = "Add an assistance record: a visit, funds (with the amount), a problem solved")
    public ResponseEntity<RecordResponse> record(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                                 @PathVariable int year, @Valid @RequestBody RecordRequest body) {
        LocalDate on = body.occurredOn() != null ? body.occurredOn() : dispatcher.today();
        String recordId = handbooks.record(actor, householdId, year, body.kind(), on, body.detail(), body.amount(),
                c -> dispatcher.send(c, actor, on, AssistanceErrorCode.HANDBOOK_NOT_FOUND));
        return ResponseEntity.status(201).body(new RecordResponse(recordId));
    }

    @GetMapping
    @Operation(summary = "The handbook's content, as both copies print it")
    public HandbookDocument document(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                     @PathVariable int year) {
        return handbooks.document(actor, householdId, year);
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The printable handbook (PDF, Chinese): the household's copy or the cadre's copy")
    public ResponseEntity<byte[]> pdf(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                      @PathVariable int year,
                                      @RequestParam(name = "copy", defaultValue = "HOUSEHOLD") HandbookDocument.Copy copy) {
        byte[] pdf = renderer.render(handbooks.document(actor, householdId, year), copy);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("handbook-" + householdId + "-" + year + "-" + copy.name().toLowerCase() + ".pdf")
                        .build().toString())
                .body(pdf);
    }
}

package io.jiandang.assistance.income.adapters.in.web;

import io.jiandang.web.CommandDispatcher;
import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.income.api.RecordIncomeCardCommand;
import io.jiandang.assistance.income.application.IncomeService;
import io.jiandang.assistance.income.domain.IncomeRegisterSheet;
import io.jiandang.contracts.assistance.IncomeSource;
import io.jiandang.contracts.assistance.Signatory;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The monthly income register (收入登记表). An entry is written by the paired cadre or an information officer
 * covering the village; it counts once signed by BOTH:
 * <ul>
 *   <li>the cadre: {@code POST .../signatures {"signatory":"CADRE"}} with the token of an ASSISTANCE_CADRE paired
 *       with the household;</li>
 *   <li>the household: its head ({@code HOUSEHOLD_HEAD}) or a representative ({@code HOUSEHOLD_REPRESENTATIVE})
 *       signs (or thumbprints) the paper register page in the presence of the paired cadre or a village officer,
 *       who records it here with {@code evidenceReference}, the reference of the scanned signed page
 *       (required).</li>
 * </ul>
 * A correction is a new entry naming the entry it supersedes ({@code supersedesEntryId}), signed again; an entry
 * is never edited. The paired cadre may also record a whole card (一户一卡) of a year at once
 * ({@code POST .../cards/{year}}): each month written and signed by both sides as above, all months or none.
 */
@RestController
@RequestMapping("/api/households/{householdId}/income")
@Tag(name = "Income register", description = "Monthly income entries signed by the cadre and the household; yearly per-capita net income")
public class IncomeController {

    private final IncomeService income;
    private final CommandDispatcher dispatcher;

    public IncomeController(IncomeService income, CommandDispatcher dispatcher) {
        this.income = income;
        this.dispatcher = dispatcher;
    }

    public record EntryRequest(@NotNull YearMonth month,
                               @NotEmpty Map<@NotNull IncomeSource, @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal> amounts,
                               @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal productionCosts,
                               @Size(max = 32) String supersedesEntryId) {
    }

    public record SignatureRequest(@NotNull Signatory signatory, @Size(max = 500) String evidenceReference) {
    }

    public record EntryResponse(String entryId) {
    }

    /** A month of a card: its entry and the reference of the page the household head signed. */
    public record CardMonthRequest(@NotNull YearMonth month,
                                   @NotEmpty Map<@NotNull IncomeSource, @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal> amounts,
                                   @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal productionCosts,
                                   @Size(max = 500) String evidenceReference) {
    }

    public record CardRequest(@NotEmpty @Size(max = 12) List<@NotNull @Valid CardMonthRequest> months) {
    }

    public record CardResponse(List<String> entryIds) {
    }

    @PostMapping("/entries")
    @Operation(summary = "Write a month's income entry (or a correction naming the entry it supersedes)")
    public ResponseEntity<EntryResponse> record(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                                @Valid @RequestBody EntryRequest body) {
        String entryId = income.record(actor, householdId, body.month(), body.amounts(), body.productionCosts(),
                body.supersedesEntryId(), c -> dispatcher.send(c, actor, null, AssistanceErrorCode.HOUSEHOLD_NOT_FOUND));
        return ResponseEntity.created(URI.create("/api/households/" + householdId + "/income/" + body.month().getYear()))
                .body(new EntryResponse(entryId));
    }

    @PostMapping("/entries/{entryId}/signatures")
    @Operation(summary = "Sign an entry: the paired cadre for themself, or record the household's signature with its evidence")
    public ResponseEntity<Void> sign(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                     @PathVariable String entryId, @Valid @RequestBody SignatureRequest body) {
        income.sign(actor, householdId, entryId, body.signatory(), body.evidenceReference(),
                c -> dispatcher.send(c, actor, null, AssistanceErrorCode.ENTRY_NOT_FOUND));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cards/{year}")
    @Operation(summary = "Record a year's (or several months') income card at once, each month signed by the paired cadre and the household head",
            description = "Only the paired cadre. All or nothing: an invalid month refuses the card, naming it by its index (months[3].amounts).")
    public ResponseEntity<CardResponse> recordCard(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                                   @PathVariable int year, @Valid @RequestBody CardRequest body) {
        List<String> entryIds = income.recordCard(actor, householdId, year, body.months().stream()
                        .map(m -> new RecordIncomeCardCommand.Month(m.month(), m.amounts(), m.productionCosts(),
                                m.evidenceReference()))
                        .toList(),
                c -> dispatcher.send(c, actor, null, AssistanceErrorCode.HOUSEHOLD_NOT_FOUND));
        return ResponseEntity.created(URI.create("/api/households/" + householdId + "/income/" + year))
                .body(new CardResponse(entryIds));
    }

    @GetMapping("/{year}")
    @Operation(summary = "The register of a year: every entry and where it stands, and the yearly per-capita net income")
    public IncomeRegisterSheet sheet(@Parameter(hidden = true) Actor actor, @PathVariable String householdId,
                                     @PathVariable int year) {
        return income.sheet(actor, householdId, year);
    }
}

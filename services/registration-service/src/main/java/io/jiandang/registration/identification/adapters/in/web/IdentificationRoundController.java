package io.jiandang.registration.identification.adapters.in.web;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.web.CommandDispatcher;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.identification.domain.IdentificationRound;
import io.jiandang.registration.identification.api.CutOffResult;
import io.jiandang.registration.identification.api.OpenIdentificationRoundCommand;
import io.jiandang.registration.identification.application.CutOffLineService;
import io.jiandang.registration.identification.application.IdentificationRoundView;
import io.jiandang.registration.identification.application.IdentificationRounds;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** A county's identification round (精准识别): poverty scale, cut-off line (分数线), candidates. */
@RestController
@RequestMapping("/api/identification-rounds")
@Tag(name = "Identification rounds", description = "Poverty scale and cut-off line per county and year")
public class IdentificationRoundController {

    private final CommandDispatcher dispatcher;
    private final IdentificationRounds rounds;
    private final CutOffLineService cutOffLines;

    public IdentificationRoundController(CommandDispatcher dispatcher, IdentificationRounds rounds,
                                         CutOffLineService cutOffLines) {
        this.dispatcher = dispatcher;
        this.rounds = rounds;
        this.cutOffLines = cutOffLines;
    }

    public record OpenRoundRequest(@NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code")
                                   String countyCode,
                                   @NotNull @Min(IdentificationRound.FIRST_YEAR) @Max(2100) Integer year,
                                   @NotNull @Min(1) Integer povertyScale,
                                   LocalDate effectiveOn) {
    }

    public record CutOffRequest(LocalDate effectiveOn) {
    }

    public record RoundResponse(String roundId) {
    }

    public record CutOffResponse(BigDecimal cutOffScore, List<String> candidateHouseholds, int candidatePeople) {
    }

    @PostMapping
    @Operation(summary = "Open the county's identification round for a year")
    public ResponseEntity<RoundResponse> open(@Parameter(hidden = true) Actor actor,
                                              @Valid @RequestBody OpenRoundRequest body) {
        AccessRules.requireOfficerCovering(actor, body.countyCode(), DivisionLevel.COUNTY);
        String roundId = OpenIdentificationRoundCommand.roundIdOf(body.countyCode(), body.year());
        dispatcher.send(new OpenIdentificationRoundCommand(roundId, body.countyCode(), body.year(),
                body.povertyScale(), actor), actor, body.effectiveOn(), RegistrationErrorCode.ROUND_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/identification-rounds/" + roundId))
                .body(new RoundResponse(roundId));
    }

    @PostMapping("/{roundId}/cut-off")
    @Operation(summary = "Set the cut-off line over the county's surveyed households; they become candidates")
    public CutOffResponse cutOff(@Parameter(hidden = true) Actor actor, @PathVariable String roundId,
                                 @RequestBody(required = false) CutOffRequest body) {
        IdentificationRoundView round = find(roundId);
        AccessRules.requireOfficerCovering(actor, round.countyCode(), DivisionLevel.COUNTY);
        CutOffResult result = cutOffLines.setCutOffLine(roundId, actor,
                dispatcher.metaData(actor, body == null ? null : body.effectiveOn()));
        return new CutOffResponse(result.cutOffScore(), result.candidateHouseholds(), result.candidatePeople());
    }

    @GetMapping("/{roundId}")
    @Operation(summary = "An identification round and its line")
    public IdentificationRoundView round(@Parameter(hidden = true) Actor actor, @PathVariable String roundId) {
        IdentificationRoundView round = find(roundId);
        AccessRules.requireCovers(actor, round.countyCode());
        return round;
    }

    private IdentificationRoundView find(String roundId) {
        return rounds.find(roundId).orElseThrow(() -> new RegistrationException(RegistrationErrorCode.ROUND_NOT_FOUND,
                "No identification round " + roundId));
    }
}

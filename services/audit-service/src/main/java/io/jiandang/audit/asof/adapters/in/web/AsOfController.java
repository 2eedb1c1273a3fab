package io.jiandang.audit.asof.adapters.in.web;

import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.asof.application.AsOfReconstruction;
import io.jiandang.audit.asof.application.KnownAt;
import io.jiandang.audit.asof.domain.HouseholdState;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.jiandang.clock.RecordingClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/households/{householdId}")
@Tag(name = "As-of", description = "What was true on a business date, as known at a recorded time")
public class AsOfController {

    private final AuditAccess access;
    private final AsOfReconstruction reconstruction;
    private final Clock clock;
    private final RecordingClock recording;

    public AsOfController(AuditAccess access, AsOfReconstruction reconstruction, Clock clock, RecordingClock recording) {
        this.access = access;
        this.reconstruction = reconstruction;
        this.clock = clock;
        this.recording = recording;
    }

    @GetMapping("/as-of")
    @Operation(summary = "The household's state (members masked, score, status, class, pairing, income, open procedures) "
            + "on business date `date` as known at `knownAt`, replayed from its events")
    public HouseholdState asOf(Actor actor, @PathVariable String householdId,
                               @Parameter(description = "business date D (ISO date; default today)") @RequestParam(required = false) String date,
                               @Parameter(description = "recorded time T (ISO instant, or a date = end of that day; default now)")
                               @RequestParam(required = false) String knownAt) {
        LocalDate d = KnownAt.date("date", date, clock);
        Instant t = KnownAt.parse("knownAt", knownAt, recording);
        access.household(actor, householdId, "AS_OF", "date=" + d + "&knownAt=" + t);
        return reconstruction.asOf(householdId, d, t);
    }

    @GetMapping("/as-of/difference")
    @Operation(summary = "The difference between the states at (date1, knownAt1) and (date2, knownAt2)")
    public AsOfReconstruction.Difference difference(Actor actor, @PathVariable String householdId,
                                                    @RequestParam(required = false) String date1,
                                                    @RequestParam(required = false) String knownAt1,
                                                    @RequestParam(required = false) String date2,
                                                    @RequestParam(required = false) String knownAt2) {
        LocalDate d1 = KnownAt.date("date1", date1, clock);
        Instant t1 = KnownAt.parse("knownAt1", knownAt1, recording);
        LocalDate d2 = KnownAt.date("date2", date2, clock);
        Instant t2 = KnownAt.parse("knownAt2", knownAt2, recording);
        access.household(actor, householdId, "AS_OF_DIFFERENCE", "date1=" + d1 + "&knownAt1=" + t1 + "&date2=" + d2 + "&knownAt2=" + t2);
        return reconstruction.difference(householdId, d1, t1, d2, t2);
    }
}

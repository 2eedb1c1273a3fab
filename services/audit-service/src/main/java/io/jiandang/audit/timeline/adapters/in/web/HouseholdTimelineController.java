package io.jiandang.audit.timeline.adapters.in.web;

import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.timeline.application.HouseholdTimelines;
import io.jiandang.audit.timeline.domain.TimelineEntry;
import io.jiandang.audit.timeline.domain.TimelineFilter;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/households/{householdId}")
@Tag(name = "Timeline", description = "A household's facts from every service")
public class HouseholdTimelineController {

    private final AuditAccess access;
    private final HouseholdTimelines timelines;

    public HouseholdTimelineController(AuditAccess access, HouseholdTimelines timelines) {
        this.access = access;
        this.timelines = timelines;
    }

    public record Timeline(String householdId, String divisionCode, List<TimelineEntry> entries) {
    }

    @GetMapping("/timeline")
    @Operation(summary = "Every fact about the household, in recorded order, with actor, role, jurisdiction, business "
            + "date, recorded time, rule version and evidence; filtered by kind and by a period of business dates")
    public Timeline timeline(Actor actor, @PathVariable String householdId,
                             @Parameter(description = "context (registration, relapse, assistance, exit) or event name; repeatable")
                             @RequestParam(required = false) Set<String> kind,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var household = access.household(actor, householdId, "TIMELINE",
                "kind=" + (kind == null ? "" : String.join(",", kind)) + "&from=" + from + "&to=" + to);
        return new Timeline(householdId, household.divisionCode(), timelines.timeline(householdId, new TimelineFilter(kind, from, to)));
    }
}

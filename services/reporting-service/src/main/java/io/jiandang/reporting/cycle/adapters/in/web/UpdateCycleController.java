package io.jiandang.reporting.cycle.adapters.in.web;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.reporting.cycle.application.UpdateCycleService;
import io.jiandang.reporting.cycle.domain.CycleKind;
import io.jiandang.reporting.cycle.domain.UpdateCycle;
import io.jiandang.reporting.cycle.domain.UpdateCycleException;
import io.jiandang.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Update cycles: open and close (region information officers), list, completeness, snapshot check. */
@RestController
public class UpdateCycleController {

    private final UpdateCycleService service;

    public UpdateCycleController(UpdateCycleService service) {
        this.service = service;
    }

    /** Opening request: {@code {"kind":"QUARTERLY","period":"2016-Q3","deadlines":{"VILLAGE":"2016-09-20",...}}}. */
    public record OpenCycleRequest(@NotNull CycleKind kind, @NotBlank String period,
                                   @NotEmpty Map<DivisionLevel, LocalDate> deadlines) {
    }

    @PostMapping("/api/update-cycles")
    @ResponseStatus(HttpStatus.CREATED)
    public UpdateCycle open(Actor actor, @Valid @RequestBody OpenCycleRequest request) {
        return service.open(actor, request.kind(), request.period(), request.deadlines());
    }

    @PostMapping("/api/update-cycles/{id}/close")
    public UpdateCycle close(Actor actor, @PathVariable String id) {
        return service.close(actor, id);
    }

    @GetMapping("/api/update-cycles")
    public List<UpdateCycle> list(Actor actor) {
        io.jiandang.security.AccessRules.requireRole(actor, io.jiandang.security.Role.SUPERVISOR,
                io.jiandang.security.Role.INFORMATION_OFFICER, io.jiandang.security.Role.AUDITOR);
        return service.list();
    }

    @GetMapping("/api/update-cycles/{id}/completeness")
    public List<UpdateCycleService.CompletenessRow> completeness(Actor actor, @PathVariable String id, @RequestParam String division) {
        return service.completeness(actor, id, division);
    }

    /** Rebuilds the closed cycle's snapshot from Kafka at its stored positions and compares the hashes. */
    @PostMapping("/api/update-cycles/{id}/snapshot/verification")
    public UpdateCycleService.SnapshotCheck verify(Actor actor, @PathVariable String id) {
        return service.verify(actor, id);
    }

    private static final Set<String> BAD_INPUT = Set.of("period-fits-kind", "deadline-per-level", "deadlines-in-order");

    @ExceptionHandler(UpdateCycleException.class)
    public ProblemDetail refused(UpdateCycleException e) {
        HttpStatus status = e.rule().equals("known-cycle") ? HttpStatus.NOT_FOUND
                : BAD_INPUT.contains(e.rule()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setProperty("field", e.field());
        p.setProperty("rule", e.rule());
        p.setProperty("code", e.rule().toUpperCase().replace('-', '_'));
        return p;
    }
}

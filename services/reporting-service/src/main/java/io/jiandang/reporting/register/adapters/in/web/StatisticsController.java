package io.jiandang.reporting.register.adapters.in.web;

import io.jiandang.divisions.Division;
import io.jiandang.reporting.register.adapters.out.readmodel.RegisterRebuild;
import io.jiandang.reporting.register.application.StatisticsService;
import io.jiandang.reporting.register.application.StatisticsView;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.divisions.DivisionLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON API behind the dashboard: statistics, the division tree, live figures, and the register's rebuild. */
@RestController
public class StatisticsController {

    private final StatisticsService statistics;
    private final LiveFigures live;
    private final RegisterRebuild rebuild;

    public StatisticsController(StatisticsService statistics, LiveFigures live, RegisterRebuild rebuild) {
        this.statistics = statistics;
        this.live = live;
        this.rebuild = rebuild;
    }

    /**
     * Figures of a division for a period (e.g. 2016-Q3; default the current quarter), as at the period's end,
     * as known at {@code knownAt} (default now in recording time, the system's: facts' recordedAt are system times, and
     * in a historical stack, ADR 0010, the business clock is years behind them).
     */
    @GetMapping("/api/statistics")
    public StatisticsView statistics(Actor actor, @RequestParam String division,
                                     @RequestParam(required = false) String period,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        return statistics.statistics(actor, division, period, knownAt);
    }

    @GetMapping(path = "/api/live/figures", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter live(Actor actor, @RequestParam String division, @RequestParam(required = false) String period) {
        return live.subscribe(actor, division, period);
    }

    /** Who is asking and where its jurisdiction starts: the dashboard opens there. */
    @GetMapping("/api/me")
    public Map<String, Object> me(Actor actor) {
        Division home = statistics.division(actor.divisionCode());
        return Map.of("userId", actor.userId(), "role", actor.role().name(), "level", actor.level().name(),
                "divisionCode", home.code(), "divisionName", home.name());
    }

    @GetMapping("/api/divisions/{code}/children")
    public List<Map<String, String>> children(Actor actor, @PathVariable String code) {
        return statistics.children(actor, code).stream()
                .map(d -> Map.of("code", d.code(), "name", d.name(), "level", d.level().name())).toList();
    }

    /** Starts rebuilding the register from the topics' beginning (region information officers only). */
    @PostMapping("/api/read-models/register/rebuild")
    public ResponseEntity<RegisterRebuild.Progress> startRebuild(Actor actor) {
        AccessRules.requireOfficerCovering(actor, "450000", DivisionLevel.REGION);
        boolean started = rebuild.start();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(rebuild.progress());
    }

    @GetMapping("/api/read-models/register/rebuild")
    public RegisterRebuild.Progress rebuildProgress(Actor actor) {
        AccessRules.requireRole(actor, Role.INFORMATION_OFFICER, Role.SUPERVISOR, Role.AUDITOR);
        return rebuild.progress();
    }
}

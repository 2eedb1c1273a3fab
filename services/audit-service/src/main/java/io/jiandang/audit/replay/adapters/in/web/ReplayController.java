package io.jiandang.audit.replay.adapters.in.web;

import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.asof.application.KnownAt;
import io.jiandang.audit.replay.application.FigureReplay;
import io.jiandang.audit.replay.domain.Figure;
import io.jiandang.audit.replay.domain.FigureComparison;
import io.jiandang.audit.replay.domain.ReplayedFigure;
import io.jiandang.divisions.Division;
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
@RequestMapping("/api/replay/figures/{figure}")
@Tag(name = "Replay", description = "Reporting figures recomputed from the log, compared with what reporting published")
public class ReplayController {

    private final AuditAccess access;
    private final FigureReplay replay;
    private final Clock clock;
    private final RecordingClock recording;

    public ReplayController(AuditAccess access, FigureReplay replay, Clock clock, RecordingClock recording) {
        this.access = access;
        this.replay = replay;
        this.clock = clock;
        this.recording = recording;
    }

    @GetMapping
    @Operation(summary = "Recompute a figure (poor-population, poor-households on `date`; exited-households, exited-people "
            + "over [`from`, `to`]) for a division from the log as known at `knownAt`")
    public ReplayedFigure replay(Actor actor, @PathVariable String figure,
                                 @Parameter(description = "division code at any level") @RequestParam String division,
                                 @RequestParam(required = false) String date, @RequestParam(required = false) String knownAt,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Figure which = FigureReplay.figure(figure);
        Args args = args(date, knownAt, from, to);
        Division scope = access.division(actor, division, "REPLAY", query(figure, date, knownAt, from, to));
        return replay.replay(which, scope, args.date, args.from, args.to, args.knownAt);
    }

    @GetMapping("/comparison")
    @Operation(summary = "Recompute a figure and compare it with the one the reporting service published; a mismatch is reported")
    public FigureComparison compare(Actor actor, @PathVariable String figure, @RequestParam String division,
                                    @RequestParam(required = false) String date, @RequestParam(required = false) String knownAt,
                                    @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Figure which = FigureReplay.figure(figure);
        Args args = args(date, knownAt, from, to);
        Division scope = access.division(actor, division, "REPLAY_COMPARISON", query(figure, date, knownAt, from, to));
        return replay.compare(which, scope, args.date, args.from, args.to, args.knownAt);
    }

    private record Args(LocalDate date, Instant knownAt, LocalDate from, LocalDate to) {
    }

    private Args args(String date, String knownAt, String from, String to) {
        return new Args(KnownAt.date("date", date, clock), KnownAt.parse("knownAt", knownAt, recording),
                from == null || from.isBlank() ? null : KnownAt.date("from", from, clock),
                to == null || to.isBlank() ? null : KnownAt.date("to", to, clock));
    }

    private static String query(String figure, String date, String knownAt, String from, String to) {
        return "figure=" + figure + "&date=" + date + "&knownAt=" + knownAt + "&from=" + from + "&to=" + to;
    }
}

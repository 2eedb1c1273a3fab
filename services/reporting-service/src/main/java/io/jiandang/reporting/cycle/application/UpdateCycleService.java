package io.jiandang.reporting.cycle.application;

import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.reporting.cycle.domain.CycleKind;
import io.jiandang.reporting.cycle.domain.UpdateCycle;
import io.jiandang.reporting.cycle.domain.UpdateCycleException;
import io.jiandang.reporting.register.application.DivisionCodes;
import io.jiandang.clock.RecordingClock;
import io.jiandang.reporting.register.application.RegisterStore;
import io.jiandang.reporting.register.application.StatisticsService;
import io.jiandang.reporting.register.domain.HouseholdState;
import io.jiandang.reporting.register.domain.HouseholdTimeline;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Opens and closes update cycles, reports their completeness and checks their snapshots against Kafka. */
public final class UpdateCycleService {

    private static final String REGION = "450000";
    private final UpdateCycles cycles;
    private final TopicReplay replay;
    private final RegisterStore register;
    private final DivisionCatalogue catalogue;
    private final Clock clock;
    private final RecordingClock recording;

    /**
     * @param clock     the business clock: cycles' times and deadlines
     * @param recording the recording (system) time: completeness counts the register as known now, in recording time
     */
    public UpdateCycleService(UpdateCycles cycles, TopicReplay replay, RegisterStore register, DivisionCatalogue catalogue,
                              Clock clock, RecordingClock recording) {
        this.cycles = cycles;
        this.replay = replay;
        this.register = register;
        this.catalogue = catalogue;
        this.clock = clock;
        this.recording = recording;
    }

    public UpdateCycle open(Actor actor, CycleKind kind, String period, Map<DivisionLevel, LocalDate> deadlines) {
        AccessRules.requireOfficerCovering(actor, REGION, DivisionLevel.REGION);
        UpdateCycle cycle = UpdateCycle.open(kind, period, deadlines, actor.userId(), clock.instant());
        if (!cycles.insert(cycle)) {
            throw new UpdateCycleException("period", "one-cycle-per-period", "a cycle for " + cycle.id() + " exists already");
        }
        return cycle;
    }

    /** Closes the cycle and freezes its snapshot at the topics' current ends. */
    public UpdateCycle close(Actor actor, String id) {
        AccessRules.requireOfficerCovering(actor, REGION, DivisionLevel.REGION);
        UpdateCycle cycle = get(id);
        Map<String, Long> positions = replay.endPositions();
        UpdateCycle.Snapshot snapshot = PeriodSnapshots.freeze(cycle.period(), positions, replay.replayUpTo(positions));
        UpdateCycle closed = cycle.close(actor.userId(), clock.instant(), snapshot);
        if (!cycles.replace(closed, cycle.version())) {
            throw new UpdateCycleException("version", "no-concurrent-change", "cycle " + id + " changed meanwhile; read it again");
        }
        return closed;
    }

    /** Rebuilds the closed cycle's snapshot from Kafka at its stored positions and compares the hashes. */
    public SnapshotCheck verify(Actor actor, String id) {
        // only hashes are answered, no figures: any reader may check that a snapshot still holds
        AccessRules.requireRole(actor, Role.SUPERVISOR, Role.INFORMATION_OFFICER, Role.AUDITOR);
        UpdateCycle cycle = get(id);
        if (cycle.snapshot() == null) {
            throw new UpdateCycleException("state", "cycle-closed", "cycle " + id + " is open: it has no snapshot yet");
        }
        UpdateCycle.Snapshot rebuilt = PeriodSnapshots.freeze(cycle.period(), cycle.snapshot().positions(),
                replay.replayUpTo(cycle.snapshot().positions()));
        return new SnapshotCheck(id, cycle.snapshot().hash(), rebuilt.hash(), cycle.snapshot().hash().equals(rebuilt.hash()));
    }

    /** The result of rebuilding a snapshot from Kafka. */
    public record SnapshotCheck(String cycle, String storedHash, String rebuiltHash, boolean identical) {
    }

    /** Households reviewed in the cycle and overdue ones, for a division and each division one level below. */
    public record CompletenessRow(String code, String name, String level, int registeredHouseholds, int reviewed,
                                  int notReviewed, boolean overdue, LocalDate deadline) {
    }

    public List<CompletenessRow> completeness(Actor actor, String id, String divisionCode) {
        Division division = catalogue.get(divisionCode);
        StatisticsService.requireReader(actor, division.code());
        UpdateCycle cycle = get(id);
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        List<HouseholdTimeline> households = register.within(division.code());
        List<CompletenessRow> rows = new ArrayList<>();
        rows.add(row(cycle, division, households, today));
        DivisionLevel below = division.level().below();
        if (below != null) {
            for (Division child : catalogue.children(division.code())) {
                rows.add(row(cycle, child, households.stream().filter(h -> h.villageCode() != null
                        && DivisionCodes.atLevel(h.villageCode(), below).equals(child.code())).toList(), today));
            }
        }
        return rows;
    }

    private CompletenessRow row(UpdateCycle cycle, Division division, List<HouseholdTimeline> households, LocalDate today) {
        int registered = 0;
        int reviewed = 0;
        for (HouseholdTimeline h : households) {
            HouseholdState s = h.stateAsAt(cycle.periodEnd(), recording.instant()).orElse(null);
            if (s == null || !s.status().isPoor()) {
                continue;
            }
            registered++;
            if (s.reviewedCycles().contains(cycle.id())) {
                reviewed++;
            }
        }
        DivisionLevel level = division.level().isAtOrAbove(DivisionLevel.COUNTY) ? DivisionLevel.COUNTY : division.level();
        LocalDate deadline = cycle.deadlines().get(level);
        boolean overdue = registered > reviewed && deadline != null && today.isAfter(deadline);
        return new CompletenessRow(division.code(), division.name(), division.level().name(), registered, reviewed,
                registered - reviewed, overdue, deadline);
    }

    public List<UpdateCycle> list() {
        return cycles.all();
    }

    public UpdateCycle get(String id) {
        return cycles.find(id).orElseThrow(() -> new UpdateCycleException("id", "known-cycle", "no update cycle " + id));
    }
}

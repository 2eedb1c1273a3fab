package io.jiandang.reporting.register.application;

import io.jiandang.clock.RecordingClock;
import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.reporting.register.domain.Figures;
import io.jiandang.reporting.register.domain.HouseholdTimeline;
import io.jiandang.reporting.register.domain.Period;
import io.jiandang.reporting.register.domain.StatisticsCalculator;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Answers statistics questions about a division of the caller's jurisdiction from the register read model. */
public final class StatisticsService {

    private final RegisterStore store;
    private final DivisionCatalogue catalogue;
    private final Clock clock;
    private final RecordingClock recording;

    /**
     * @param clock     the business clock: the default period is the quarter of its date
     * @param recording the recording (system) time: the default "known at" is its now, since facts' recordedAt are
     *                  recording times (in a historical stack, ADR 0010, the business clock is years behind them)
     */
    public StatisticsService(RegisterStore store, DivisionCatalogue catalogue, Clock clock, RecordingClock recording) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
        this.recording = recording;
    }

    /** With one clock for business and recording time (a stack whose business clock runs on the real date). */
    public StatisticsService(RegisterStore store, DivisionCatalogue catalogue, Clock clock) {
        this(store, catalogue, clock, new RecordingClock(clock));
    }

    /** Supervisors watch the figures; officers and auditors read them too. Always inside the caller's jurisdiction. */
    public static void requireReader(Actor actor, String divisionCode) {
        AccessRules.requireRole(actor, Role.SUPERVISOR, Role.INFORMATION_OFFICER, Role.AUDITOR);
        AccessRules.requireCovers(actor, divisionCode);
    }

    public StatisticsView statistics(Actor actor, String divisionCode, String periodName, Instant knownAt) {
        return statistics(store, actor, divisionCode, periodName, knownAt);
    }

    /**
     * The same statistics computed from another view of the register (the live dashboard's in-memory copy of its
     * divisions, {@link LiveRegister}): the same rules, checks and calculator.
     */
    public StatisticsView statistics(RegisterStore store, Actor actor, String divisionCode, String periodName, Instant knownAt) {
        Division division = catalogue.get(divisionCode);
        requireReader(actor, division.code());
        Period period = periodName == null || periodName.isBlank()
                ? Period.quarterOf(clock.instant().atZone(clock.getZone()).toLocalDate()) : Period.parse(periodName);
        Instant known = knownAt == null ? recording.instant() : knownAt;
        StatisticsCalculator calculator = new StatisticsCalculator(store.classThresholds(), store.exitPlans());
        List<HouseholdTimeline> households = store.within(division.code());
        Figures total = calculator.figures(division.code(), period, known, households);
        List<FigureRow> children = new ArrayList<>();
        DivisionLevel childLevel = division.level().below();
        if (childLevel != null) {
            Map<String, List<HouseholdTimeline>> byChild = households.stream().filter(h -> h.villageCode() != null)
                    .collect(Collectors.groupingBy(h -> DivisionCodes.atLevel(h.villageCode(), childLevel)));
            for (Division child : catalogue.children(division.code())) {
                Figures f = calculator.figures(child.code(), period, known, byChild.getOrDefault(child.code(), List.of()));
                children.add(Disclosure.row(child.code(), child.name(), child.level().name(), f));
            }
        }
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("ruralPopulation", "people surveyed (入户调查) in the division: the register's measure of the rural registered population");
        notes.put("pairing", "pairing coverage (结对帮扶覆盖率): poor households with at least one paired cadre / poor households");
        if (total.classes().isEmpty()) {
            notes.put("classes", "no data: no poverty class set by assistance and no registration policy with class thresholds");
        }
        if (total.exitPlanTarget() == null) {
            notes.put("exitPlanProgress", division.level().ordinal() > DivisionLevel.COUNTY.ordinal()
                    ? "exit plan targets are set per county: none below county level"
                    : "no data: no exit plan for " + total.exitPlanYear() + " is known");
        }
        boolean poorSmall = Disclosure.small(total.poorHouseholds());
        return new StatisticsView(period.name(), period.end(), known,
                Disclosure.row(division.code(), division.name(), division.level().name(), total),
                Disclosure.cells(total.householdsByStatus()), Disclosure.cells(total.causes()),
                Disclosure.cells(total.classes()), Disclosure.cells(total.relapseCasesByStep()),
                Disclosure.small(total.pairedHouseholds()) ? null : total.pairedHouseholds(),
                // the ratio would give a withheld count back
                poorSmall || Disclosure.small(total.pairedHouseholds()) ? null : total.pairingCoverage(),
                Disclosure.small(total.incomeHouseholds()) ? null : total.incomeHouseholds(),
                Disclosure.small(total.incomeHouseholds()) ? null : total.averageNetIncomePerHead(),
                new StatisticsView.ExitPlanProgress(total.exitPlanYear(), total.exitPlanTarget(),
                        total.exitPeopleOfPlanYear(), total.exitPlanProgress()),
                children, notes);
    }

    /** The divisions one level below, for the dashboard's tree; refused outside the caller's jurisdiction. */
    public List<Division> children(Actor actor, String divisionCode) {
        Division division = catalogue.get(divisionCode);
        requireReader(actor, division.code());
        return catalogue.children(division.code());
    }

    public Division division(String code) {
        return catalogue.get(code);
    }
}

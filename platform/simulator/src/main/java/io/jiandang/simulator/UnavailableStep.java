package io.jiandang.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A step whose service has not been merged yet: each year it reports the planned figures and "not available".
 * Replace it by the real step when the service lands (see platform/simulator/README.md).
 */
public final class UnavailableStep implements YearStep {

    private final String name;
    private final String reason;
    private final BiFunction<Population, Integer, Map<String, Long>> planned;

    public UnavailableStep(String name, String reason, BiFunction<Population, Integer, Map<String, Long>> planned) {
        this.name = name;
        this.reason = reason;
        this.planned = planned;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StepResult run(SimulationContext context, int year) {
        return new StepResult(name, year, StepResult.Status.NOT_AVAILABLE,
                new LinkedHashMap<>(planned.apply(context.population(), year)), reason);
    }

    /** Exits (脱贫) per Table 1: planned households and people, not submitted until the exit service exists. */
    public static UnavailableStep exits() {
        return new UnavailableStep("exits", "not available: exit-service is not merged yet, planned exits not submitted",
                (population, year) -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    counts.put("plannedExitHouseholds", population.households().stream()
                            .filter(h -> h.exitYear() == year).count());
                    counts.put("plannedExitPeople", population.exitingPeople(year));
                    return counts;
                });
    }

    /** Relapses (返贫): the report gives no yearly figure, so nothing is planned either. */
    public static UnavailableStep relapses() {
        return new UnavailableStep("relapses",
                "not available: relapse-service is not merged yet (and the report gives no yearly relapse figure)",
                (population, year) -> Map.of());
    }

    /** The fidelity check: the reporting service's yearly figures against Table 1 at the scale. */
    public static UnavailableStep fidelity() {
        return new UnavailableStep("fidelity",
                "not available: reporting-service is not merged yet; planned figures shown, nothing compared",
                (population, year) -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    counts.put("plannedPoorPeopleAtYearEnd", population.poorPeopleAtEndOf(year));
                    counts.put("tableOnePoorPeopleAtScale",
                            Math.round((double) GuangxiReport.year(year).poorPeople() / population.plan().scale()));
                    return counts;
                });
    }
}

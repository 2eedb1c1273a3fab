package io.jiandang.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the baseline year 2013 (the end-2013 stock registered in its autumn) and then the simulated years 2014–2016,
 * each year every step in order: registration, exits, relapses, the fidelity check against reporting. The steps
 * keep business time in order: all work of a step is dated before the step moves the services' clocks on.
 */
public final class Simulation {

    private static final Logger log = LoggerFactory.getLogger(Simulation.class);

    private final List<YearStep> steps;

    public Simulation(List<YearStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps of a simulation: registration, exits, relapses (none planned) and the fidelity check. */
    public static List<YearStep> steps(FidelityStep fidelity) {
        return List.of(new RegistrationYearStep(), new ExitYearStep(), new RelapseYearStep(), fidelity);
    }

    public List<StepResult> run(SimulationContext context) {
        List<StepResult> results = new ArrayList<>();
        for (int year = GuangxiReport.BASELINE_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            log.info("Year {}", year);
            for (YearStep step : steps) {
                StepResult result;
                try {
                    result = step.run(context, year);
                } catch (Work.ReadModelBehindException e) {
                    result = new StepResult(step.name(), year, StepResult.Status.FAILED, java.util.Map.of(), e.getMessage());
                }
                log.info("  {} {}: {} {}{}", year, step.name(), result.status(), result.counts(),
                        result.note() == null || result.note().isBlank() ? "" : " — " + result.note());
                results.add(result);
                if (result.status() == StepResult.Status.FAILED && !step.name().equals("fidelity")) {
                    // later years build on this one (registered households, business dates): stop here
                    log.error("  {} {} FAILED: the simulation stops", year, step.name());
                    return results;
                }
            }
        }
        return results;
    }
}

package io.jiandang.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the simulated years 2014–2016 in order, each year every step in order. Steps are pluggable: today
 * registration runs against the registration service and exits, relapses and the fidelity check report "not
 * available" until their services are merged (see {@link #defaultSteps()}).
 */
public final class Simulation {

    private static final Logger log = LoggerFactory.getLogger(Simulation.class);

    private final List<YearStep> steps;

    public Simulation(List<YearStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps of this branch: registration; exits, relapses and the fidelity check once their services exist. */
    public static List<YearStep> defaultSteps() {
        return List.of(new RegistrationYearStep(), UnavailableStep.exits(), UnavailableStep.relapses(),
                UnavailableStep.fidelity());
    }

    /** The default steps, with the fidelity check against reporting when there is one (else "not available"). */
    public static List<YearStep> steps(FidelityStep fidelity) {
        return fidelity == null ? defaultSteps() : List.of(new RegistrationYearStep(), UnavailableStep.exits(),
                UnavailableStep.relapses(), fidelity);
    }

    public List<StepResult> run(SimulationContext context) {
        List<StepResult> results = new ArrayList<>();
        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            log.info("Year {}", year);
            for (YearStep step : steps) {
                StepResult result = step.run(context, year);
                log.info("  {} {}: {} {}{}", year, step.name(), result.status(), result.counts(),
                        result.note() == null || result.note().isBlank() ? "" : " — " + result.note());
                results.add(result);
            }
        }
        return results;
    }
}

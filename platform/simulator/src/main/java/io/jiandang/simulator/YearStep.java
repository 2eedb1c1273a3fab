package io.jiandang.simulator;

/**
 * One kind of work the simulation does in each simulated year (registration, exits, relapses, the fidelity
 * check against the reporting service, ...). A step whose service is not there yet is an {@link UnavailableStep}:
 * it reports what was planned and that nothing was submitted, never a made-up outcome.
 */
public interface YearStep {

    String name();

    StepResult run(SimulationContext context, int year);
}

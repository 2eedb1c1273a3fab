package io.jiandang.simulator;

import java.util.Map;

/**
 * What a step did in a year.
 *
 * @param counts named counts, in the order they were recorded (what was submitted, what was refused, what is
 *               waiting); for a step that is not available, only what was planned
 */
public record StepResult(String step, int year, Status status, Map<String, Long> counts, String note) {

    public enum Status {
        /** The step ran against its service. */
        DONE,
        /** The service the step needs is not there yet: nothing was submitted. */
        NOT_AVAILABLE,
        /** The step ran and the service refused or failed. */
        FAILED
    }
}

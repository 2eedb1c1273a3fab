package io.jiandang.simulator;

import java.util.concurrent.ExecutorService;

/** What a step works with: the population, the registration API client and the worker threads. */
public record SimulationContext(Population population, RegistrationClient registration, ExecutorService workers,
                                int concurrency, String runId) {
}

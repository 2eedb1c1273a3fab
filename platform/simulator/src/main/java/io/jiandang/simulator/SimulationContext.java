package io.jiandang.simulator;

import io.jiandang.demo.AssistanceApi;
import io.jiandang.demo.ExitDemo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * What a step works with: the population, the services' API clients, the business time of the stack, the worker
 * threads, and the households this run registered.
 *
 * @param assistance   assistance-service (pairings, income register); {@code null} when the run sends no exits
 * @param exits        exit-service as the policy administrator; a step takes it {@code as} the household's officers
 * @param time         the services' adjustable business clocks
 * @param householdIds household number (1-based) → its id in the register, filled by the registration step
 */
public record SimulationContext(Population population, RegistrationClient registration, AssistanceApi assistance,
                                ExitDemo exits, BusinessTime time, ExecutorService workers, int concurrency,
                                String runId, Map<Integer, String> householdIds) {

    public SimulationContext(Population population, RegistrationClient registration, AssistanceApi assistance,
                             ExitDemo exits, BusinessTime time, ExecutorService workers, int concurrency, String runId) {
        this(population, registration, assistance, exits, time, workers, concurrency, runId, new ConcurrentHashMap<>());
    }
}

package io.jiandang.systemtest;

import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.simulator.GuangxiReport;
import io.jiandang.simulator.Population;
import io.jiandang.simulator.PopulationGenerator;
import io.jiandang.simulator.SimulatorMain;
import io.jiandang.simulator.SimulatorOptions;
import io.jiandang.simulator.StepResult;
import io.jiandang.simulator.TableOneComparison;
import io.jiandang.testing.WithInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fidelity check of issue 8 as part of the test command: the six services from their jars, their business
 * clocks started at 2013-09-01 (ADR 0010), the simulation at 1:1000 with seed 42 through the public APIs (the end-2013
 * stock registered in the autumn of 2013, then 2014–2016's exits through assistance and exit), and reporting's
 * region figures of 2013 (poor people) and 2014–2016 (poor people, incidence, exits, reduction speed) within rounding
 * of Table 1 at the scale.
 *
 * <p>Runs in a JVM of its own (the surefire execution {@code table-one-fidelity}), so its stack has a broker and
 * databases of its own.
 */
@WithInfrastructure
class TableOneIsReproducedAtOneToThousandTest {

    static final String CLOCK_START = "2013-09-01";
    static final int SCALE = 1000;
    static final long SEED = 42;
    /** Requests in flight: enough to keep six services busy on two cores, few enough not to time them out. */
    static final int CONCURRENCY = 16;

    static RunningSystem system;

    /**
     * A failed or timed-out check leaves each service's threads beside its log (before {@link #stopTheStack()}), so a
     * stall on CI shows what the services were waiting for; {@code .ci/diagnose} prints their gist.
     */
    @RegisterExtension
    static final TestWatcher THREADS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (system != null) {
                system.all().forEach(service -> service.dumpThreads().ifPresent(dump ->
                        System.out.println("Threads of " + service.name() + " at the failure: " + dump.toAbsolutePath())));
            }
        }
    };

    @BeforeAll
    static void aStackWhoseClocksStartInSeptember2013Runs() {
        system = RunningSystem.historical(CLOCK_START);
    }

    @AfterAll
    static void stopTheStack() {
        if (system != null) {
            system.close();
        }
    }

    /**
     * A guard, not a measure: the check takes about 8 minutes on 2 cores (12 on CI); a stall must fail it with the
     * services' threads, well inside CI's 90-minute limit, not run into that limit with nothing to show.
     */
    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void reportingsFiguresOf2014To2016ReproduceTableOneWithinRoundingAfterSimulatingThemThroughThePublicApis() {
        Population population = new PopulationGenerator(DivisionCatalogue.guangxi()).generate(SCALE, SEED);
        SimulatorOptions options = SimulatorOptions.defaults().with(SCALE, SEED, CONCURRENCY).withServices(
                base("registration"), base("assistance"), base("exit"), base("reporting"));
        List<URI> clocks = system.all().stream().map(service -> service.uri("")).toList();

        SimulatorMain.Outcome outcome = SimulatorMain.simulate(population, options, new TestIssuerTokens(), clocks);

        assertThat(outcome.results()).as("every step ran").allSatisfy(result ->
                assertThat(result.status()).as("%d %s: %s %s", result.year(), result.step(), result.counts(), result.note())
                        .isEqualTo(StepResult.Status.DONE));
        assertThat(outcome.fidelity()).extracting(TableOneComparison.Row::year).containsOnly(
                GuangxiReport.BASELINE_YEAR, 2014, 2015, 2016);
        assertThat(outcome.fidelity()).as(TableOneComparison.table(outcome.fidelity()))
                .hasSize(1 + 3 * 4).allMatch(TableOneComparison.Row::withinRounding);
        assertThat(outcome.reproduced()).isTrue();
    }

    private static URI base(String service) {
        return system.service(service).uri("");
    }
}

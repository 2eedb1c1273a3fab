package io.jiandang.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.demo.ApiProblemException;
import io.jiandang.demo.AssistanceApi;
import io.jiandang.demo.DemoTime;
import io.jiandang.demo.ExitDemo;
import io.jiandang.demo.JsonHttp;
import io.jiandang.demo.Tokens;
import io.jiandang.divisions.DivisionCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * {@code bench/simulate --scale 1000 --seed 42}: generates the population and drives the services year by year
 * (2013 baseline, 2014–2016) against a stack whose business clocks start at 2013-09-01 (ADR 0010); exits with 1
 * when a step fails or Table 1 is not reproduced.
 */
public final class SimulatorMain {

    private static final Logger log = LoggerFactory.getLogger(SimulatorMain.class);

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            log.error("{}\n{}", e.getMessage(), SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            log.info("\n{}", SimulatorOptions.USAGE);
            return;
        }
        long started = System.nanoTime();
        Population population = new PopulationGenerator(DivisionCatalogue.guangxi()).generate(options.scale(), options.seed());
        describe(population, (System.nanoTime() - started) / 1e9);
        if (options.planOnly()) {
            return;
        }
        if (options.limit() > 0 && options.limit() < population.households().size()) {
            population = new Population(population.plan(), population.seed(),
                    population.households().subList(0, options.limit()));
            log.info("Limited to the first {} households ({} poor); the figures below are of this part only",
                    options.limit(), population.poorHouseholds().size());
        }
        JsonHttp http = JsonHttp.standard(new ObjectMapper());
        Tokens tokens = new Tokens(http, options.issuer(), options.clientSecret(), Clock.systemUTC());
        try {
            Outcome outcome = simulate(population, options, tokens,
                    DemoTime.servicesAt("127.0.0.1", options.servicePortBase()));
            if (options.fidelityReport() != null) {
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(options.fidelityReport()),
                            TableOneComparison.table(outcome.fidelity()));
                } catch (java.io.IOException e) {
                    log.error("Could not write the fidelity report {}: {}", options.fidelityReport(), e.getMessage());
                }
            }
            log.info("Simulation of 2013–2016 at 1:{} done in {} s", options.scale(),
                    String.format("%.0f", (System.nanoTime() - started) / 1e9));
            if (!outcome.reproduced()) {
                System.exit(1);
            }
        } catch (ApiProblemException e) {
            log.error("Stopped: {} {} was refused with {}; problem: {}", e.method(), e.path(), e.status(), e.body());
            System.exit(1);
        } catch (JsonHttp.ServiceUnavailableException | IllegalStateException | Work.ReadModelBehindException e) {
            log.error("Stopped: {}", e.getMessage());
            System.exit(1);
        }
    }

    /**
     * How long a command of the simulation waits for its answer: a write that times out is not sent again (it may have
     * taken effect), so on a loaded machine (2 cores, six services and their infrastructure, CI's slower disks) it
     * waits well beyond an interactive client's 30 s; {@code -Djiandang.simulator.request-timeout=PT5M} waits longer.
     */
    static final Duration REQUEST_TIMEOUT =
            Duration.parse(System.getProperty("jiandang.simulator.request-timeout", "PT2M"));

    /**
     * What a simulation did: every step's result, and the fidelity check's rows (reporting against Table 1).
     *
     * @param reproduced every step ran and every figure of 2013 (poor people) and 2014–2016 is within rounding
     */
    public record Outcome(List<StepResult> results, List<TableOneComparison.Row> fidelity, boolean reproduced) {
    }

    /**
     * Drives the services with {@code population} year by year (the baseline 2013, then 2014–2016) and checks
     * reporting's figures against Table 1; logs the steps and the comparison table.
     *
     * @param tokens        the officers' tokens (the identity provider's clients, or a test's issuer)
     * @param clockServices base URLs of every service whose business clock moves with the simulation
     */
    public static Outcome simulate(Population population, SimulatorOptions options, Tokens tokens, List<URI> clockServices) {
        ObjectMapper mapper = new ObjectMapper();
        JsonHttp http = JsonHttp.standard(mapper).withRequestTimeout(REQUEST_TIMEOUT);
        RegistrationClient registration = new RegistrationClient(http, tokens, options.registration());
        AssistanceApi assistance = new AssistanceApi(http, tokens, options.assistance());
        ExitDemo exits = new ExitDemo(http, tokens, options.exit(),
                new ExitDemo.Clients(RegistrationYearStep.POLICY_ADMIN, null, null, null, null));
        // a service that refuses the connection is not part of this stack: find them without a long warm-up
        BusinessTime time = new BusinessTime(new DemoTime(JsonHttp.standard(mapper, Duration.ofSeconds(2)), tokens,
                clockServices));
        ExecutorService workers = Executors.newFixedThreadPool(options.concurrency());
        String runId = options.seed() + "-" + options.scale() + "-" + UUID.randomUUID().toString().substring(0, 6);
        try {
            FidelityStep fidelity = new FidelityStep(http, tokens, options.reporting(), options.scale());
            List<StepResult> results = new Simulation(Simulation.steps(fidelity)).run(new SimulationContext(population,
                    registration, assistance, exits, time, workers, options.concurrency(), runId));
            boolean allYears = fidelity.rows().stream().map(TableOneComparison.Row::year).distinct().count()
                    == GuangxiReport.LAST_YEAR - GuangxiReport.BASELINE_YEAR + 1;
            long failed = results.stream().filter(r -> r.status() == StepResult.Status.FAILED).count();
            boolean reproduced = failed == 0 && allYears && TableOneComparison.allWithinRounding(fidelity.rows());
            log.info("Fidelity check at 1:{} (reporting's region figures against Table 1 at this scale): {}\n{}",
                    options.scale(), reproduced ? "REPRODUCED within rounding" : "NOT reproduced within rounding",
                    TableOneComparison.table(fidelity.rows()));
            log.info("{} steps ran, {} failed", results.size(), failed);
            return new Outcome(results, fidelity.rows(), reproduced);
        } finally {
            workers.shutdownNow();
        }
    }

    private static void describe(Population population, double seconds) {
        PopulationPlan plan = population.plan();
        log.info("Population at 1:{}, seed {}: {} households, {} people surveyed; {} poor households, {} poor people "
                        + "(Table 1, end of 2013: {} at this scale); generated in {} s", plan.scale(), population.seed(),
                population.households().size(), population.people(), population.poorHouseholds().size(),
                population.poorPeople(), Math.round(GuangxiReport.year(2013).poorPeople() / (double) plan.scale()),
                String.format("%.1f", seconds));
        for (int year = GuangxiReport.FIRST_YEAR; year <= GuangxiReport.LAST_YEAR; year++) {
            GuangxiReport.YearFigures figures = GuangxiReport.year(year);
            // the same rural population every year: the people surveyed
            long poor = population.poorPeopleAtEndOf(year);
            log.info("  {}: exits {} people (Table 1 at scale {}), poor at year end {} (Table 1 {}), incidence {}% "
                            + "(Table 1 {}%)", year, population.exitingPeople(year),
                    Math.round(figures.exitedPeople() / (double) plan.scale()), poor,
                    Math.round(figures.poorPeople() / (double) plan.scale()),
                    String.format("%.2f", 100.0 * poor / plan.ruralPopulation(year)), figures.incidencePercent());
        }
        Map<String, Long> byCity = population.households().stream().filter(SimulatedHousehold::poor)
                .collect(Collectors.groupingBy(SimulatedHousehold::cityCode, TreeMap::new, Collectors.counting()));
        for (PopulationPlan.CityPlan city : plan.cities()) {
            log.info("  {} {}: {} surveyed people, {} poor households, 2016 incidence {}%{}", city.cityCode(),
                    city.name(), city.surveyedPeople(), byCity.getOrDefault(city.cityCode(), 0L),
                    String.format("%.2f", plan.cityIncidencePercent(city.cityCode(), 2016)),
                    GuangxiReport.CITY_INCIDENCE_2016.containsKey(city.cityCode())
                            ? " (report " + GuangxiReport.CITY_INCIDENCE_2016.get(city.cityCode()) + "%)" : "");
        }
    }
}

package io.jiandang.simulator;

import io.jiandang.demo.ApiProblemException;
import io.jiandang.demo.RegistrationStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Registration (建档立卡) in the first simulated year: the policy, the survey of every household by its township's
 * officer, each county's identification round with the county's planned poor people as its poverty scale, the
 * cut-off line, and the registration procedure for the candidates up to the village public notice (村公示).
 *
 * <p>A notice passes only once its period has elapsed on the service's clock (real days), so the simulation
 * leaves the candidates waiting in the notice and says so; it never pretends the time has passed. Later years
 * register no one: Table 1 changes the stock by its exits only.
 */
public final class RegistrationYearStep implements YearStep {

    private static final Logger log = LoggerFactory.getLogger(RegistrationYearStep.class);
    static final String POLICY_ADMIN = "policy-admin";
    private static final int NOMINATION_ATTEMPTS = 60;
    private static final java.time.Duration READ_MODEL_WAIT = java.time.Duration.ofMinutes(3);
    private static final List<RegistrationStep> BEFORE_THE_NOTICE = List.of(RegistrationStep.FIRST_HOME_VISIT,
            RegistrationStep.VILLAGE_GROUP_DELIBERATION, RegistrationStep.SECOND_HOME_VISIT,
            RegistrationStep.VILLAGE_REPRESENTATIVES_DELIBERATION);

    @Override
    public String name() {
        return "registration";
    }

    @Override
    public StepResult run(SimulationContext context, int year) {
        if (year != GuangxiReport.FIRST_YEAR) {
            return new StepResult(name(), year, StepResult.Status.DONE, Map.of(),
                    "no new registrations planned: Table 1 changes the stock by its exits only");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        RegistrationClient api = context.registration();
        LocalDate policyDate = LocalDate.of(year, 1, 2);
        try {
            api.publishPolicy(POLICY_ADMIN, policyDate);
            counts.put("policyPublished", 1L);
        } catch (ApiProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            counts.put("policyPublished", 0L);
        }

        // 1. survey (入户调查), every household by its township's officer
        Population population = context.population();
        Map<Integer, RegistrationClient.Surveyed> surveyed = new ConcurrentHashMap<>();
        AtomicLong alreadyPresent = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        parallel(context, population.households(), "survey", household -> {
            LocalDate on = LocalDate.of(year, 3, 1).plusDays(household.number() % 60);
            try {
                surveyed.put(household.number(), api.survey(townshipOfficer(household), household, on,
                        correlationId(context, household)));
            } catch (ApiProblemException e) {
                if (e.isConflict("PERSON_ALREADY_REGISTERED")) {
                    alreadyPresent.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                    remember(problems, "survey: " + e.getMessage());
                }
            }
        });
        counts.put("surveyedHouseholds", (long) surveyed.size());
        counts.put("surveyedPeople", population.households().stream().filter(h -> surveyed.containsKey(h.number()))
                .mapToLong(SimulatedHousehold::people).sum());
        counts.put("alreadySurveyedByAnEarlierRun", alreadyPresent.get());
        counts.put("surveysRefused", refused.get());

        // 2. identification rounds (精准识别): the county's planned poor people are its poverty scale
        Map<String, List<SimulatedHousehold>> byCounty = new TreeMap<>();
        for (SimulatedHousehold household : population.households()) {
            if (surveyed.containsKey(household.number())) {
                byCounty.computeIfAbsent(household.countyCode(), c -> new ArrayList<>()).add(household);
            }
        }
        Map<String, SimulatedHousehold> byId = new ConcurrentHashMap<>();
        surveyed.forEach((number, answer) -> byId.put(answer.householdId(), population.households().get(number - 1)));
        List<String> candidates = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong notProjected = new AtomicLong();
        AtomicLong roundsOpened = new AtomicLong();
        AtomicLong roundsRefused = new AtomicLong();
        AtomicLong cutOffsDeferred = new AtomicLong();
        LocalDate roundDate = LocalDate.of(year, 6, 1);
        parallel(context, List.copyOf(byCounty.entrySet()), "identification rounds", entry -> {
            long scale = entry.getValue().stream().filter(SimulatedHousehold::poor).mapToLong(SimulatedHousehold::people).sum();
            if (scale == 0) {
                return;
            }
            String officer = "officer-county-" + entry.getKey();
            // the cut-off ranks the households the read model knows: wait until it shows this run's surveys
            long missing = awaitReadModel(api, officer, entry.getValue(), surveyed);
            notProjected.addAndGet(missing);
            try {
                String roundId = api.openRound(officer, entry.getKey(), year, scale, roundDate);
                roundsOpened.incrementAndGet();
                candidates.addAll(api.computeCutOff(officer, roundId, roundDate).candidateHouseholds());
            } catch (ApiProblemException e) {
                if (missing > 0 && e.isConflict("NO_SURVEYED_HOUSEHOLDS")) {
                    // the service's rule: households not yet in the read model wait for a later cut-off
                    cutOffsDeferred.incrementAndGet();
                } else {
                    roundsRefused.incrementAndGet();
                    remember(problems, "round of " + entry.getKey() + ": " + e.getMessage());
                }
            }
        });
        List<String> ours = candidates.stream().filter(byId::containsKey).sorted().toList();
        counts.put("surveysNotInReadModelAtCutOff", notProjected.get());
        counts.put("roundsOpened", roundsOpened.get());
        counts.put("roundsRefused", roundsRefused.get());
        counts.put("cutOffsDeferredReadModelBehind", cutOffsDeferred.get());
        counts.put("candidateHouseholds", (long) ours.size());
        counts.put("candidatePeople", ours.stream().mapToLong(id -> byId.get(id).people()).sum());
        counts.put("candidatesPlannedPoor", ours.stream().filter(id -> byId.get(id).poor()).count());

        // 3. the procedure up to the village public notice (两入户、两评议 ... 村公示)
        AtomicLong inNotice = new AtomicLong();
        AtomicLong stepsRefused = new AtomicLong();
        LocalDate stepDate = LocalDate.of(year, 6, 10);
        parallel(context, ours, "registration procedure", householdId -> {
            SimulatedHousehold household = byId.get(householdId);
            String correlationId = correlationId(context, household);
            try {
                for (RegistrationStep step : BEFORE_THE_NOTICE) {
                    passStep(api, officerFor(step, household), householdId, step, stepDate, correlationId);
                }
                api.openNotice(officerFor(RegistrationStep.VILLAGE_PUBLIC_NOTICE, household), householdId,
                        RegistrationStep.VILLAGE_PUBLIC_NOTICE, stepDate, correlationId);
                inNotice.incrementAndGet();
            } catch (ApiProblemException e) {
                stepsRefused.incrementAndGet();
                remember(problems, "procedure: " + e.getMessage());
            }
        });
        counts.put("waitingInVillageNotice", inNotice.get());
        counts.put("procedureRefused", stepsRefused.get());
        String note = "the village public notice (村公示) passes after " + io.jiandang.demo.DemoPolicy.NOTICE_PERIOD_DAYS
                + " days on the service's clock; registration completes from there"
                + (problems.isEmpty() ? "" : "; first problems: " + String.join(" | ", problems));
        boolean failed = refused.get() > 0 || roundsRefused.get() > 0 || stepsRefused.get() > 0;
        return new StepResult(name(), year, failed ? StepResult.Status.FAILED : StepResult.Status.DONE, counts, note);
    }

    /**
     * Polls the county's villages until the read model shows every household this run surveyed there, for up to
     * {@link #READ_MODEL_WAIT}; answers how many it still does not show (they wait for a later round).
     */
    private static long awaitReadModel(RegistrationClient api, String officer, List<SimulatedHousehold> households,
                                       Map<Integer, RegistrationClient.Surveyed> surveyed) {
        Map<String, java.util.Set<String>> pending = new TreeMap<>();
        for (SimulatedHousehold h : households) {
            pending.computeIfAbsent(h.villageCode(), v -> new java.util.HashSet<>())
                    .add(surveyed.get(h.number()).householdId());
        }
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        while (true) {
            pending.entrySet().removeIf(village -> {
                village.getValue().removeAll(api.householdsInVillage(officer, village.getKey()));
                return village.getValue().isEmpty();
            });
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                return pending.values().stream().mapToLong(java.util.Set::size).sum();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the read model", e);
            }
        }
    }

    private static void passStep(RegistrationClient api, String officer, String householdId, RegistrationStep step,
                                 LocalDate on, String correlationId) {
        for (int attempt = 1; ; attempt++) {
            try {
                api.passStep(officer, householdId, step, step.chineseName() + "：通过 (simulated)", on, correlationId);
                return;
            } catch (ApiProblemException e) {
                // the cut-off may nominate its candidates asynchronously: wait for it on the first step only
                if (step != RegistrationStep.FIRST_HOME_VISIT || !e.isConflict("NOT_A_CANDIDATE")
                        || attempt >= NOMINATION_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the nomination", interrupted);
                }
            }
        }
    }

    private static <T> void parallel(SimulationContext context, List<T> items, String phase, Consumer<T> work) {
        long started = System.nanoTime();
        AtomicLong done = new AtomicLong();
        long every = Math.max(1, items.size() / 10);
        List<Future<?>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(context.workers().submit(() -> {
                work.accept(item);
                long n = done.incrementAndGet();
                if (n % every == 0 && n < items.size()) {
                    log.info("  {}: {}/{}", phase, n, items.size());
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted during " + phase, e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("  {}: {} done in {} s ({}/s)", phase, items.size(), String.format("%.1f", seconds),
                String.format("%.0f", items.size() / Math.max(seconds, 1e-9)));
    }

    private static void remember(List<String> problems, String problem) {
        synchronized (problems) {
            if (problems.size() < 3) {
                problems.add(problem);
            }
        }
    }

    private static String officerFor(RegistrationStep step, SimulatedHousehold household) {
        return switch (step.level()) {
            case VILLAGE -> "officer-village-" + household.villageCode();
            case TOWNSHIP -> townshipOfficer(household);
            case COUNTY -> "officer-county-" + household.countyCode();
            default -> throw new IllegalStateException("No officer at " + step.level());
        };
    }

    private static String townshipOfficer(SimulatedHousehold household) {
        return "officer-township-" + household.townshipCode();
    }

    private static String correlationId(SimulationContext context, SimulatedHousehold household) {
        return "sim-" + context.runId() + "-h" + household.number();
    }
}

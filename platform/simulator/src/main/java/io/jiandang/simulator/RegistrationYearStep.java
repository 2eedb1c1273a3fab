package io.jiandang.simulator;

import io.jiandang.demo.ApiProblemException;
import io.jiandang.demo.DemoPolicy;
import io.jiandang.demo.RegistrationStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static io.jiandang.simulator.Work.parallel;
import static io.jiandang.simulator.Work.remember;

/**
 * Registration (建档立卡) of the baseline: the end-2013 stock Table 1 starts from, registered in the autumn of 2013 so
 * that reporting's poor people as at 2013-12-31 are Table 1's at the scale. The policy, the survey of every
 * household by its township's officer (September, the business clock's start), each county's identification round
 * with the county's planned poor people as its poverty scale and its cut-off line (October), and the whole
 * procedure (两入户、两评议、两审核、两公示、一公告) for the candidates: a public notice passes once its period has
 * elapsed on the services' clocks, so the step moves every service's clock past it (DemoTime) after opening the
 * notices of all candidates, and goes on. Everything is dated in 2013.
 *
 * <p>The cut-off draws its line where the cumulative people are closest to the scale, so it may take a household
 * more than planned: the village group deliberation (村民小组评议) rejects such a surplus candidate (a real
 * outcome of that step), and the step fails when the registered people do not come to the planned total exactly.
 * Later years register no one: Table 1 changes the stock by its exits only.
 */
public final class RegistrationYearStep implements YearStep {

    private static final Logger log = LoggerFactory.getLogger(RegistrationYearStep.class);
    static final String POLICY_ADMIN = "policy-admin";
    private static final int NOMINATION_ATTEMPTS = 120;
    /** The identification round's month: the surveys of September are in the read model by then. */
    private static final int ROUND_MONTH = 10;
    private static final int ROUND_DAY = 8;

    @Override
    public String name() {
        return "registration";
    }

    @Override
    public StepResult run(SimulationContext context, int year) {
        if (year != GuangxiReport.BASELINE_YEAR) {
            return new StepResult(name(), year, StepResult.Status.DONE, Map.of(),
                    "no new registrations planned: Table 1 changes the stock by its exits only");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        RegistrationClient api = context.registration();
        BusinessTime time = context.time();
        LocalDate surveyDate = time.today();
        if (surveyDate.getYear() != year || surveyDate.isAfter(LocalDate.of(year, ROUND_MONTH, 1))) {
            return new StepResult(name(), year, StepResult.Status.FAILED, counts, "the services' business date is "
                    + surveyDate + ": the baseline is registered from September to December " + year
                    + "; start the stack with JIANDANG_CLOCK_START=" + year + "-09-01 (ADR 0010)");
        }
        try {
            api.publishPolicy(POLICY_ADMIN, surveyDate);
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
            try {
                surveyed.put(household.number(), api.survey(townshipOfficer(household), household, surveyDate,
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

        // 2. identification rounds (精准识别) in October: the county's planned poor people are its poverty scale
        LocalDate roundDate = time.advanceTo(LocalDate.of(year, ROUND_MONTH, ROUND_DAY));
        Map<String, List<SimulatedHousehold>> byCounty = new TreeMap<>();
        for (SimulatedHousehold household : population.households()) {
            if (surveyed.containsKey(household.number())) {
                byCounty.computeIfAbsent(household.countyCode(), c -> new ArrayList<>()).add(household);
            }
        }
        Map<String, SimulatedHousehold> byId = new ConcurrentHashMap<>();
        surveyed.forEach((number, answer) -> byId.put(answer.householdId(), population.households().get(number - 1)));
        List<String> candidates = Collections.synchronizedList(new ArrayList<>());
        AtomicLong notProjected = new AtomicLong();
        AtomicLong roundsOpened = new AtomicLong();
        AtomicLong roundsRefused = new AtomicLong();
        parallel(context, List.copyOf(byCounty.entrySet()), "identification rounds", entry -> {
            long scale = entry.getValue().stream().filter(SimulatedHousehold::poor).mapToLong(SimulatedHousehold::people).sum();
            if (scale == 0) {
                return;
            }
            String officer = "officer-county-" + entry.getKey();
            // the cut-off ranks the households the read model knows: wait until it shows this run's surveys
            notProjected.addAndGet(awaitReadModel(api, officer, entry.getValue(), surveyed));
            try {
                String roundId = api.openRound(officer, entry.getKey(), year, scale, roundDate);
                roundsOpened.incrementAndGet();
                candidates.addAll(api.computeCutOff(officer, roundId, roundDate).candidateHouseholds());
            } catch (ApiProblemException e) {
                roundsRefused.incrementAndGet();
                remember(problems, "round of " + entry.getKey() + ": " + e.getMessage());
            }
        });
        List<String> ours = candidates.stream().filter(byId::containsKey).sorted().toList();
        counts.put("surveysNotInReadModelAtCutOff", notProjected.get());
        counts.put("roundsOpened", roundsOpened.get());
        counts.put("roundsRefused", roundsRefused.get());
        counts.put("candidateHouseholds", (long) ours.size());
        counts.put("candidatePeople", ours.stream().mapToLong(id -> byId.get(id).people()).sum());
        Set<String> candidateSet = new HashSet<>(ours);
        counts.put("plannedPoorNotCandidates", surveyed.entrySet().stream()
                .filter(e -> population.households().get(e.getKey() - 1).poor())
                .filter(e -> !candidateSet.contains(e.getValue().householdId())).count());

        // 3. the procedure, one phase per public notice, the clocks moved past each notice period in between
        List<String> poorCandidates = ours.stream().filter(id -> byId.get(id).poor()).toList();
        AtomicLong surplusRejected = new AtomicLong();
        AtomicLong stepsRefused = new AtomicLong();
        Set<String> inProcedure = ConcurrentHashMap.newKeySet();
        parallel(context, ours, "procedure to the village notice", householdId -> {
            SimulatedHousehold household = byId.get(householdId);
            String correlationId = correlationId(context, household);
            try {
                passFirstHomeVisit(api, householdId, household, roundDate, correlationId);
                if (!household.poor()) {
                    api.recordStep(officerFor(RegistrationStep.VILLAGE_GROUP_DELIBERATION, household), householdId,
                            RegistrationStep.VILLAGE_GROUP_DELIBERATION, false,
                            "村民小组评议：不予通过，户情好于本村贫困户 (simulated: above the county's poverty scale)",
                            roundDate, correlationId);
                    surplusRejected.incrementAndGet();
                    return;
                }
                for (RegistrationStep step : List.of(RegistrationStep.VILLAGE_GROUP_DELIBERATION,
                        RegistrationStep.SECOND_HOME_VISIT, RegistrationStep.VILLAGE_REPRESENTATIVES_DELIBERATION)) {
                    pass(api, step, householdId, household, roundDate, correlationId);
                }
                api.openNotice(officerFor(RegistrationStep.VILLAGE_PUBLIC_NOTICE, household), householdId,
                        RegistrationStep.VILLAGE_PUBLIC_NOTICE, roundDate, correlationId);
                inProcedure.add(householdId);
            } catch (ApiProblemException e) {
                stepsRefused.incrementAndGet();
                remember(problems, "procedure: " + e.getMessage());
            }
        });
        int noticeDays = DemoPolicy.NOTICE_PERIOD_DAYS;
        LocalDate townshipDate = time.advanceDays(noticeDays + 1);
        List<String> afterVillageNotice = List.copyOf(new java.util.TreeSet<>(inProcedure));
        parallel(context, afterVillageNotice, "procedure to the township notice", householdId -> {
            SimulatedHousehold household = byId.get(householdId);
            String correlationId = correlationId(context, household);
            try {
                pass(api, RegistrationStep.VILLAGE_PUBLIC_NOTICE, householdId, household, townshipDate, correlationId);
                pass(api, RegistrationStep.TOWNSHIP_REVIEW, householdId, household, townshipDate, correlationId);
                api.openNotice(officerFor(RegistrationStep.TOWNSHIP_PUBLIC_NOTICE, household), householdId,
                        RegistrationStep.TOWNSHIP_PUBLIC_NOTICE, townshipDate, correlationId);
            } catch (ApiProblemException e) {
                inProcedure.remove(householdId);
                stepsRefused.incrementAndGet();
                remember(problems, "procedure: " + e.getMessage());
            }
        });
        LocalDate countyDate = time.advanceDays(noticeDays + 1);
        List<String> afterTownshipNotice = List.copyOf(new java.util.TreeSet<>(inProcedure));
        AtomicLong registered = new AtomicLong();
        AtomicLong registeredPeople = new AtomicLong();
        parallel(context, afterTownshipNotice, "procedure to the county announcement", householdId -> {
            SimulatedHousehold household = byId.get(householdId);
            String correlationId = correlationId(context, household);
            try {
                for (RegistrationStep step : List.of(RegistrationStep.TOWNSHIP_PUBLIC_NOTICE,
                        RegistrationStep.COUNTY_REVIEW, RegistrationStep.COUNTY_ANNOUNCEMENT)) {
                    pass(api, step, householdId, household, countyDate, correlationId);
                }
                context.householdIds().put(household.number(), householdId);
                registered.incrementAndGet();
                registeredPeople.addAndGet(household.people());
            } catch (ApiProblemException e) {
                stepsRefused.incrementAndGet();
                remember(problems, "procedure: " + e.getMessage());
            }
        });
        counts.put("surplusCandidatesRejectedByTheVillageGroup", surplusRejected.get());
        counts.put("procedureRefused", stepsRefused.get());
        counts.put("registeredHouseholds", registered.get());
        counts.put("registeredPeople", registeredPeople.get());
        counts.put("plannedPoorPeople", population.poorPeople());
        boolean exact = registeredPeople.get() == population.poorPeople() && poorCandidates.size() == registered.get();
        String note = "surveyed on " + surveyDate + ", rounds and the procedure from " + roundDate + ", notices passed after "
                + noticeDays + " days each (business clocks moved), county announcement on " + countyDate
                + (exact ? "; the planned poor people are registered exactly"
                : "; registered people differ from the plan (" + registeredPeople.get() + " of " + population.poorPeople() + ")")
                + (problems.isEmpty() ? "" : "; first problems: " + String.join(" | ", problems));
        boolean failed = refused.get() > 0 || roundsRefused.get() > 0 || stepsRefused.get() > 0 || !exact;
        return new StepResult(name(), year, failed ? StepResult.Status.FAILED : StepResult.Status.DONE, counts, note);
    }

    /**
     * Polls the read model, household by household (a lookup by key: a village's list would scan the whole collection
     * on the MongoDB wire server at every poll), until it shows every household this run surveyed in the county, for
     * up to {@link Work#READ_MODEL_WAIT}; answers how many it still does not show (they would miss the cut-off).
     */
    private static long awaitReadModel(RegistrationClient api, String officer, List<SimulatedHousehold> households,
                                       Map<Integer, RegistrationClient.Surveyed> surveyed) {
        Set<String> pending = new HashSet<>();
        for (SimulatedHousehold h : households) {
            pending.add(surveyed.get(h.number()).householdId());
        }
        long deadline = System.nanoTime() + Work.READ_MODEL_WAIT.toNanos();
        while (true) {
            // a round stops at the first household not shown yet: polling the others would only take the CPU the
            // projection needs to catch up
            for (java.util.Iterator<String> it = pending.iterator(); it.hasNext(); ) {
                if (!api.showsHousehold(officer, it.next())) {
                    break;
                }
                it.remove();
            }
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                return pending.size();
            }
            Work.pause();
        }
    }

    private static void pass(RegistrationClient api, RegistrationStep step, String householdId,
                             SimulatedHousehold household, LocalDate on, String correlationId) {
        api.passStep(officerFor(step, household), householdId, step, step.chineseName() + "：通过 (simulated)", on,
                correlationId);
    }

    /** The cut-off may nominate its candidates asynchronously: the first step waits for the nomination. */
    private static void passFirstHomeVisit(RegistrationClient api, String householdId, SimulatedHousehold household,
                                           LocalDate on, String correlationId) {
        for (int attempt = 1; ; attempt++) {
            try {
                pass(api, RegistrationStep.FIRST_HOME_VISIT, householdId, household, on, correlationId);
                return;
            } catch (ApiProblemException e) {
                if (!e.isConflict("NOT_A_CANDIDATE") || attempt >= NOMINATION_ATTEMPTS) {
                    throw e;
                }
                Work.pause();
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

    static String correlationId(SimulationContext context, SimulatedHousehold household) {
        return "sim-" + context.runId() + "-h" + household.number();
    }
}

package io.jiandang.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiandang.demo.ApiProblemException;
import io.jiandang.demo.AssistanceApi;
import io.jiandang.demo.AssistanceDemo;
import io.jiandang.demo.ExitDemo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static io.jiandang.simulator.Work.parallel;
import static io.jiandang.simulator.Work.remember;
import static io.jiandang.simulator.Work.whenKnown;

/**
 * Exits (脱贫, 精准退出) of a simulated year through the public APIs of assistance-service and exit-service, for the
 * households the plan lets exit that year (per city, Table 1's exits at the scale):
 * <ol>
 *   <li>once: the assistance policy with its default pairing limit ({@value AssistanceDemo#HOUSEHOLDS_PER_CADRE}
 *       households per cadre), the pairing plan ({@link CadrePairings}: every household that will exit, given to a
 *       generated cadre of its own village), and the exit policy with the national income lines of 2014 (2,800
 *       yuan), 2015 (2,855) and 2016 (2,952 yuan per head and year: the national poverty line of 2,300 yuan at 2010
 *       prices, as published for each year), 12 signed months required, 7 days of notice;</li>
 *   <li>early in the year (business clock moved to 5 January): the cadres (帮扶责任人) of the year's households
 *       registered for their village by the county officer, and each household paired with its cadre
 *       (一帮一联);</li>
 *   <li>in December (clock moved to 1 December, when December's entry may be written): the year's twelve monthly
 *       income entries, each recorded and signed by the household's cadre and by the household, in one call per
 *       household as the year's card (一户一卡, about 6,800 yuan per head: above the line); then, once exit-service
 *       has seen the twelve months and the pairing, the assessment (八有一超), the three signatures (household head,
 *       verification team member, pairing cadre) and the public notice;</li>
 *   <li>the clocks moved past the notice period, the cancellation (销号) with the business date of that day as
 *       {@code exitedOn}, in December of the year.</li>
 * </ol>
 * The cadre's signatures can only be given by the paired cadre with a login: the identity provider has generated
 * cadre logins {@code cadre-<villageCode>-<n>} for every village, and each household is paired with one of its
 * village, as many cadres per village as keep each within the policy's limit. The plan depends on the population
 * only, so the same seed pairs the same households with the same cadres.
 */
public final class ExitYearStep implements YearStep {

    /** National income lines (yuan per head and year) of the simulated years. */
    static final Map<Integer, Integer> INCOME_LINES = Map.of(2014, 2800, 2015, 2855, 2016, 2952);
    private static final Set<String> ASSISTANCE_CATCHING_UP = Set.of("HOUSEHOLD_NOT_FOUND", "HOUSEHOLD_NOT_REGISTERED",
            "CADRE_NOT_FOUND", "NO_POLICY_PUBLISHED", "HTTP_403");

    private CadrePairings cadres;

    @Override
    public String name() {
        return "exits";
    }

    @Override
    public StepResult run(SimulationContext context, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<SimulatedHousehold> exiting = context.population().households().stream()
                .filter(h -> h.exitYear() == year).toList();
        counts.put("plannedExitHouseholds", (long) exiting.size());
        counts.put("plannedExitPeople", exiting.stream().mapToLong(SimulatedHousehold::people).sum());
        if (year < GuangxiReport.FIRST_YEAR) {
            return new StepResult(name(), year, StepResult.Status.DONE, counts,
                    "the baseline year: its exits happened before the register's stock, none planned");
        }
        List<SimulatedHousehold> registered = exiting.stream()
                .filter(h -> context.householdIds().containsKey(h.number())).toList();
        counts.put("notRegisteredByThisRun", (long) (exiting.size() - registered.size()));
        List<String> problems = new ArrayList<>();
        AssistanceApi assistance = context.assistance();
        AssistanceDemo incomes = new AssistanceDemo(assistance, Clock.systemUTC());
        BusinessTime time = context.time();

        LocalDate pairedOn = time.advanceTo(LocalDate.of(year, 1, 5));
        if (pairedOn.getYear() != year) {
            return new StepResult(name(), year, StepResult.Status.FAILED, counts, "the business date is already "
                    + pairedOn + ": the year's exits cannot be dated in " + year);
        }
        if (cadres == null) {
            cadres = prepare(context, pairedOn);
        }
        AtomicLong refused = new AtomicLong();
        Map<String, SimulatedHousehold> cadresToRegister = new TreeMap<>();
        registered.forEach(household -> cadresToRegister.putIfAbsent(cadres.cadreOf(household), household));
        AtomicLong cadresRegistered = new AtomicLong();
        parallel(context, List.copyOf(cadresToRegister.entrySet()), "cadres " + year, cadre -> {
            try {
                registerCadre(assistance, cadre.getKey(), cadre.getValue());
                cadresRegistered.incrementAndGet();
            } catch (ApiProblemException e) {
                refused.incrementAndGet();
                remember(problems, "cadre registration: " + e.getMessage());
            }
        });
        counts.put("cadres", cadresRegistered.get());
        AtomicLong paired = new AtomicLong();
        parallel(context, registered, "pairings " + year, household -> {
            String id = context.householdIds().get(household.number());
            try {
                whenKnown(ASSISTANCE_CATCHING_UP, () -> assistance.pair(countyOfficer(household), id,
                        cadres.cadreOf(household), "一帮一联 (simulated)", pairedOn.toString()));
                paired.incrementAndGet();
            } catch (ApiProblemException e) {
                if (e.isConflict("ALREADY_PAIRED")) {
                    paired.incrementAndGet();
                    return;
                }
                refused.incrementAndGet();
                remember(problems, "pairing: " + e.getMessage());
            }
        });
        counts.put("paired", paired.get());

        LocalDate december = time.advanceTo(LocalDate.of(year, 12, 1));
        AtomicLong signedEntries = new AtomicLong();
        List<ExitDemo.OnNotice> onNotice = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, SimulatedHousehold> byId = new ConcurrentHashMap<>();
        parallel(context, registered, "income and exit assessment " + year, household -> {
            String id = context.householdIds().get(household.number());
            byId.put(id, household);
            try {
                // the year's card in one call (all twelve months or none, so a retry while assistance catches up
                // with the household or its pairing starts afresh); 2 signatures a month, as month by month
                signedEntries.addAndGet(whenKnown(ASSISTANCE_CATCHING_UP,
                        () -> incomes.recordYear(cadres.cadreOf(household), id, year, household.number(),
                                household.people())));
                ExitDemo exit = context.exits().as(clients(household));
                awaitExitFacts(exit, townshipOfficer(household), id, cadres.cadreOf(household), year);
                ExitDemo.OnNotice notice = exit.takeToNotice(List.of(id), year).get(0);
                if (notice.exitId() == null) {
                    refused.incrementAndGet();
                    remember(problems, "exit of " + id + " refused: " + notice.refusal());
                } else {
                    onNotice.add(notice);
                }
            } catch (ApiProblemException | IllegalStateException e) {
                refused.incrementAndGet();
                remember(problems, "income or assessment: " + e.getMessage());
            }
        });
        counts.put("incomeSignatures", signedEntries.get());
        counts.put("onNotice", (long) onNotice.size());

        LocalDate exitedOn = time.advanceDays(ExitDemo.NOTICE_PERIOD_DAYS + 1);
        AtomicLong exited = new AtomicLong();
        AtomicLong exitedPeople = new AtomicLong();
        List<ExitDemo.OnNotice> toCancel = onNotice.stream().sorted(Comparator.comparing(ExitDemo.OnNotice::householdId)).toList();
        parallel(context, toCancel, "cancellations " + year, notice -> {
            SimulatedHousehold household = byId.get(notice.householdId());
            try {
                List<JsonNode> done = context.exits().as(clients(household)).cancel(List.of(notice), exitedOn,
                        ExitDemo.vetoCodes());
                if (!done.isEmpty()) {
                    exited.incrementAndGet();
                    exitedPeople.addAndGet(household.people());
                }
            } catch (ApiProblemException e) {
                refused.incrementAndGet();
                remember(problems, "cancellation: " + e.getMessage());
            }
        });
        counts.put("exitedHouseholds", exited.get());
        counts.put("exitedPeople", exitedPeople.get());
        boolean failed = refused.get() > 0 || exited.get() != registered.size() || registered.size() != exiting.size();
        return new StepResult(name(), year, failed ? StepResult.Status.FAILED : StepResult.Status.DONE, counts,
                "paired on " + pairedOn + ", income of " + year + " signed and exits assessed on " + december
                        + ", cancelled (销号) with exitedOn " + exitedOn + " after the " + ExitDemo.NOTICE_PERIOD_DAYS
                        + "-day notice; income line " + INCOME_LINES.get(year) + " yuan"
                        + (problems.isEmpty() ? "" : "; first problems: " + String.join(" | ", problems)));
    }

    /**
     * The assistance policy (default pairing limit) and the exit policy, in force from the year; answers the pairing
     * plan of every household that will exit (pairings outlive exits, so a cadre's households of all years count).
     */
    private static CadrePairings prepare(SimulationContext context, LocalDate today) {
        CadrePairings plan = CadrePairings.plan(context.population().households().stream()
                .filter(h -> h.exitYear() != 0).toList(), AssistanceDemo.HOUSEHOLDS_PER_CADRE);
        new AssistanceDemo(context.assistance(), Clock.systemUTC()).publishPolicy(today.getYear());
        context.exits().publishPolicy(LocalDate.of(today.getYear(), 1, 1), INCOME_LINES);
        return plan;
    }

    /** Registers a generated cadre for its village (by the county officer); one registered already is kept. */
    private static void registerCadre(AssistanceApi assistance, String cadreId, SimulatedHousehold ofVillage) {
        String village = CadrePairings.villageOf(cadreId);
        try {
            assistance.registerCadre(countyOfficer(ofVillage), cadreId, village,
                    "帮扶责任人 " + cadreId.substring(cadreId.lastIndexOf('-') + 1) + " (simulated)",
                    "驻村工作队 " + village + " (simulated)", "CIVIL_SERVANT", null);
        } catch (ApiProblemException e) {
            if (!e.isConflict("CADRE_ALREADY_REGISTERED")) {
                throw e;
            }
        }
    }

    /** Waits until exit-service has seen the household registered, paired with its cadre and its twelve months. */
    private static void awaitExitFacts(ExitDemo exit, String officer, String householdId, String cadreId, int year) {
        long deadline = System.nanoTime() + Work.READ_MODEL_WAIT.toNanos();
        String seen = "no facts";
        while (true) {
            try {
                JsonNode facts = exit.exitFacts(officer, householdId);
                boolean paired = false;
                for (JsonNode cadre : facts.path("pairedCadres")) {
                    paired |= cadreId.equals(cadre.asText());
                }
                int months = facts.path("incomes").path(String.valueOf(year)).path("monthsCounted").asInt(0);
                // registration and assistance reach exit-service through separate topics and consumers: the pairing
                // and the months may be there before the registration is (an assessment then refuses HOUSEHOLD_NOT_POOR)
                String status = facts.path("status").asText();
                boolean poor = "REGISTERED".equals(status) || "POOR_AGAIN".equals(status);
                if (poor && paired && months >= 12) {
                    return;
                }
                seen = "status " + (status.isEmpty() ? "unknown" : status) + ", " + (paired ? "paired with " : "not paired with ")
                        + cadreId + ", " + months + " months of " + year;
            } catch (ApiProblemException e) {
                if (!"EXIT_NOT_FOUND".equals(e.code())) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new Work.ReadModelBehindException("exit-service has not seen household " + householdId
                        + " registered, paired with its twelve signed months of " + year + " after " + Work.READ_MODEL_WAIT
                        + "; it shows " + seen);
            }
            Work.pause();
        }
    }

    private ExitDemo.Clients clients(SimulatedHousehold household) {
        String township = townshipOfficer(household);
        return new ExitDemo.Clients(RegistrationYearStep.POLICY_ADMIN, township, township, cadres.cadreOf(household),
                countyOfficer(household));
    }

    private static String townshipOfficer(SimulatedHousehold household) {
        return "officer-township-" + household.townshipCode();
    }

    private static String countyOfficer(SimulatedHousehold household) {
        return "officer-county-" + household.countyCode();
    }
}

package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.UnknownDivisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds a demo county ({@link DemoCountyGenerator}) and loads it through the registration service's
 * public REST API: publishes the policy, surveys the households, opens the county's identification round
 * and computes its cut-off, then runs the registration procedure (两入户、两评议、两审核、两公示、一公告)
 * for the candidates as far as the service's clock allows.
 *
 * <p>A public notice passes only once its period has elapsed on the service's clock; the loader asks
 * the service once and, when it refuses ({@code NOTICE_PERIOD_NOT_ELAPSED}), reports the households
 * waiting in notice instead of pretending the time has passed. ID numbers and tokens are never printed.
 */
public final class DemoCountyLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);
    private static final double POVERTY_SCALE_SHARE = 0.30;
    private static final int PROGRESS_EVERY = 50;
    /** The demo client of the policy administrator (政策管理员); officers are officer-&lt;level&gt;-&lt;code&gt;. */
    static final String POLICY_ADMIN = "policy-admin";

    /** Nomination of the candidates may follow the cut-off asynchronously: wait up to 60 × 0.5 s for it. */
    private static final int NOMINATION_ATTEMPTS = 60;
    private static final Duration NOMINATION_PAUSE = Duration.ofMillis(500);

    private final DivisionCatalogue catalogue;
    private final RegistrationApi api;
    private final Clock clock;
    private final JsonHttp.Sleeper sleeper;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private boolean nominationWaitReported;

    public DemoCountyLoader(DivisionCatalogue catalogue, RegistrationApi api, Clock clock, JsonHttp.Sleeper sleeper) {
        this.catalogue = catalogue;
        this.api = api;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static void main(String[] args) {
        LoaderOptions options;
        try {
            options = LoaderOptions.parse(args, LocalDate.now().getYear());
        } catch (IllegalArgumentException e) {
            log.error("{}\n{}", e.getMessage(), LoaderOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            log.info("\n{}", LoaderOptions.USAGE);
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonHttp http = JsonHttp.standard(mapper);
        Tokens tokens = new Tokens(http, options.issuer(), options.clientSecret(), Clock.systemUTC());
        RegistrationApi api = new RegistrationApi(http, tokens, options.registration());
        try {
            new DemoCountyLoader(DivisionCatalogue.guangxi(), api, Clock.systemDefaultZone(),
                    pause -> Thread.sleep(pause.toMillis())).load(options);
        } catch (ApiProblemException e) {
            log.error("Stopped: {} {} was refused with {}; problem: {}", e.method(), e.path(), e.status(), e.body());
            System.exit(1);
        } catch (JsonHttp.ServiceUnavailableException | UnknownDivisionException | IllegalArgumentException
                 | IllegalStateException e) {
            log.error("Stopped: {}", e.getMessage());
            System.exit(1);
        }
    }

    public LoadReport load(LoaderOptions options) {
        DemoCounty county = new DemoCountyGenerator(catalogue).generate(options.countyCode(), options.households(),
                options.seed());
        long villages = county.households().stream().map(DemoHousehold::villageCode).distinct().count();
        log.info("Generated {} households, {} people in {} villages of {} ({}), seed {}; main causes {}",
                county.households().size(), county.people(), villages, county.countyName(), county.countyCode(),
                county.seed(), DemoCountyGenerator.mainCauseCounts(county));

        boolean published = publishPolicy();

        Map<DemoHousehold, RegistrationApi.Surveyed> surveyed = survey(county);
        int alreadyPresent = county.households().size() - surveyed.size();
        if (surveyed.isEmpty()) {
            log.info("All {} households were surveyed by an earlier run (same seed): nothing more to load. "
                    + "Use another --seed or a fresh data folder to load again.", alreadyPresent);
            return new LoadReport(published, 0, alreadyPresent, 0, null, 0, Double.NaN, 0, 0, 0, List.of(), null, 0, 0);
        }
        int people = surveyed.keySet().stream().mapToInt(DemoHousehold::people).sum();

        // c) identification round: a scale of about 30% of the surveyed people
        int scale = (int) Math.round(POVERTY_SCALE_SHARE * people);
        String countyOfficer = countyOfficer(county.countyCode());
        String roundId = api.openRound(countyOfficer, county.countyCode(), options.year(), scale);
        RegistrationApi.CutOff cutOff = api.computeCutOff(countyOfficer, roundId);
        List<DemoHousehold> candidates = new ArrayList<>();
        int unknownCandidates = candidates(cutOff, roundId, countyOfficer, surveyed, candidates);
        int candidatePeople = candidates.stream().mapToInt(DemoHousehold::people).sum();
        log.info("Round: identification round {} of {} for {}, poverty scale {} people; cut-off score {}: "
                        + "{} candidate households, {} people{}",
                roundId, options.year(), county.countyCode(), scale, format(cutOff.cutOffScore()), candidates.size(),
                candidatePeople, unknownCandidates > 0 ? " (" + unknownCandidates + " from an earlier run left aside)" : "");

        return runProcedure(county, candidates, surveyed, published, alreadyPresent, people, roundId, scale,
                cutOff.cutOffScore(), unknownCandidates);
    }

    /** a) the registration policy; one that exists already is used as it is. */
    private boolean publishPolicy() {
        DemoPolicy.Policy policy = DemoPolicy.policy();
        try {
            api.publishPolicy(POLICY_ADMIN, policy);
            log.info("Policy: published version {} with {} indicators, {} veto rules, notice period {} days",
                    policy.version(), policy.indicators().size(), policy.vetoRules().size(), policy.noticePeriodDays());
            return true;
        } catch (ApiProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            log.info("Policy: a policy is already published ({}); going on with it", e.code() == null ? "409" : e.code());
            return false;
        }
    }

    /** b) the survey, by the officer of each household's village. */
    private Map<DemoHousehold, RegistrationApi.Surveyed> survey(DemoCounty county) {
        Map<DemoHousehold, RegistrationApi.Surveyed> surveyed = new LinkedHashMap<>();
        int done = 0;
        int alreadyPresent = 0;
        for (DemoHousehold household : county.households()) {
            try {
                surveyed.put(household, api.survey(villageOfficer(household), household, correlationId(household)));
            } catch (ApiProblemException e) {
                if (!e.isConflict("PERSON_ALREADY_REGISTERED")) {
                    throw e;
                }
                alreadyPresent++;
            }
            done++;
            if (done % PROGRESS_EVERY == 0 && done < county.households().size()) {
                log.info("Survey: {}/{} households", done, county.households().size());
            }
        }
        DoubleSummaryStatistics scores = surveyed.values().stream().mapToDouble(RegistrationApi.Surveyed::score)
                .filter(s -> !Double.isNaN(s)).summaryStatistics();
        log.info("Survey: {} households surveyed, {} people, in {} villages; scores {}–{}{}", surveyed.size(),
                surveyed.keySet().stream().mapToInt(DemoHousehold::people).sum(),
                surveyed.keySet().stream().map(DemoHousehold::villageCode).distinct().count(),
                scores.getCount() == 0 ? "?" : format(scores.getMin()), scores.getCount() == 0 ? "?" : format(scores.getMax()),
                alreadyPresent > 0 ? "; " + alreadyPresent + " already surveyed by an earlier run" : "");
        return surveyed;
    }

    /**
     * The candidates: the service's own list where it gives one, else the surveyed households at or
     * below the cut-off score. Returns how many listed candidates this run did not survey.
     */
    private int candidates(RegistrationApi.CutOff cutOff, String roundId, String countyOfficer,
                           Map<DemoHousehold, RegistrationApi.Surveyed> surveyed, List<DemoHousehold> into) {
        Set<String> listed = householdIds(cutOff.candidateHouseholds());
        if (listed == null) {
            try {
                JsonNode round = api.round(countyOfficer, roundId);
                listed = List.of("candidateHouseholds", "candidates", "candidateHouseholdIds").stream()
                        .map(field -> householdIds(round.path(field))).filter(ids -> ids != null).findFirst().orElse(null);
            } catch (ApiProblemException e) {
                log.info("Round: GET {} answered {}; taking the candidates from the scores", e.path(), e.status());
            }
        }
        if (listed != null) {
            Set<String> candidateIds = listed;
            surveyed.forEach((household, answer) -> {
                if (candidateIds.contains(answer.householdId())) {
                    into.add(household);
                }
            });
            return listed.size() - into.size();
        }
        if (Double.isNaN(cutOff.cutOffScore())) {
            throw new IllegalStateException("The cut-off answer names neither a score nor the candidates");
        }
        surveyed.forEach((household, answer) -> {
            if (answer.score() <= cutOff.cutOffScore()) {
                into.add(household);
            }
        });
        JsonNode count = cutOff.candidateHouseholds();
        if (count.isNumber() && count.asInt() != into.size()) {
            log.warn("Round: the service counts {} candidate households, this run's scores give {}; "
                    + "households surveyed earlier may be among them", count.asInt(), into.size());
        }
        return count.isNumber() ? Math.max(0, count.asInt() - into.size()) : 0;
    }

    /** Ids from an array of ids or of objects with a householdId; null when the node is not such a list. */
    private static Set<String> householdIds(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : node) {
            if (item.isTextual()) {
                ids.add(item.asText());
            } else if (item.hasNonNull("householdId")) {
                ids.add(item.get("householdId").asText());
            } else if (item.hasNonNull("id")) {
                ids.add(item.get("id").asText());
            }
        }
        return ids;
    }

    /** d) the nine steps for every candidate, as far as the service's clock lets the notices pass. */
    private LoadReport runProcedure(DemoCounty county, List<DemoHousehold> candidates,
                                    Map<DemoHousehold, RegistrationApi.Surveyed> surveyed, boolean published,
                                    int alreadyPresent, int people, String roundId, int scale,
                                    double cutOffScore, int unknownCandidates) {
        candidates.sort(Comparator.comparingInt(DemoHousehold::number));
        Map<RegistrationStep, Boolean> noticeCanPass = new EnumMap<>(RegistrationStep.class);
        Map<RegistrationStep, List<DemoHousehold>> waiting = new EnumMap<>(RegistrationStep.class);
        Map<DemoHousehold, String> ids = new LinkedHashMap<>();
        int rejected = 0;
        int vetoed = 0;
        int registered = 0;
        int done = 0;
        for (DemoHousehold household : candidates) {
            String id = surveyed.get(household).householdId();
            ids.put(household, id);
            Outcome outcome = runSteps(household, id, county.countyCode(), noticeCanPass);
            switch (outcome.kind) {
                case REJECTED -> rejected++;
                case VETOED -> vetoed++;
                case REGISTERED -> registered++;
                case WAITING -> waiting.computeIfAbsent(outcome.step, s -> new ArrayList<>()).add(household);
            }
            done++;
            if (done % PROGRESS_EVERY == 0 && done < candidates.size()) {
                log.info("Procedure: {}/{} candidates", done, candidates.size());
            }
        }
        int waitingCount = waiting.values().stream().mapToInt(List::size).sum();
        log.info("Procedure: {} candidates: {} registered (建档立卡), {} rejected at a village deliberation, {} vetoed, "
                + "{} waiting in a public notice", candidates.size(), registered, rejected, vetoed, waitingCount);
        RegistrationStep waitedAt = null;
        List<String> waitingIds = new ArrayList<>();
        for (Map.Entry<RegistrationStep, List<DemoHousehold>> entry : waiting.entrySet()) {
            waitedAt = entry.getKey();
            LocalDate passable = LocalDate.now(clock).plusDays(DemoPolicy.NOTICE_PERIOD_DAYS);
            log.info("Notice: {} households wait in {} {} (notice period {} days on the service's clock, so until about {}; "
                            + "the procedure goes on from that step once it has elapsed), by village:",
                    entry.getValue().size(), entry.getKey(), entry.getKey().chineseName(), DemoPolicy.NOTICE_PERIOD_DAYS,
                    passable);
            Map<String, List<String>> byVillage = entry.getValue().stream().collect(Collectors.groupingBy(
                    DemoHousehold::villageCode, java.util.TreeMap::new,
                    Collectors.mapping(ids::get, Collectors.toList())));
            byVillage.forEach((village, householdIds) -> {
                log.info("  {} {}: {}", village, catalogue.get(village).name(), String.join(", ", householdIds));
                waitingIds.addAll(householdIds);
            });
        }
        return new LoadReport(published, surveyed.size(), alreadyPresent, people, roundId, scale, cutOffScore,
                candidates.size(), rejected, vetoed, List.copyOf(waitingIds), waitedAt, registered, unknownCandidates);
    }

    private enum Kind { REJECTED, VETOED, WAITING, REGISTERED }

    private record Outcome(Kind kind, RegistrationStep step) {
    }

    private Outcome runSteps(DemoHousehold household, String householdId, String countyCode,
                             Map<RegistrationStep, Boolean> noticeCanPass) {
        ProcedurePlan plan = household.plan();
        String correlationId = correlationId(household);
        for (RegistrationStep step : RegistrationStep.values()) {
            String officer = officerFor(step, household, countyCode);
            if (plan.outcome() == ProcedurePlan.Outcome.REJECT && plan.rejectedAt() == step) {
                api.recordStep(officer, householdId, step, false, plan.reason(), correlationId);
                return new Outcome(Kind.REJECTED, step);
            }
            if (step.isNotice()) {
                api.openNotice(officer, householdId, step, correlationId);
                if (Boolean.FALSE.equals(noticeCanPass.get(step))) {
                    // A notice opened earlier in this run has not elapsed; this later one cannot have either.
                    return new Outcome(Kind.WAITING, step);
                }
                try {
                    api.recordStep(officer, householdId, step, true, passNote(step), correlationId);
                    noticeCanPass.put(step, true);
                } catch (ApiProblemException e) {
                    if (!e.isConflict("NOTICE_PERIOD_NOT_ELAPSED")) {
                        throw e;
                    }
                    if (!noticeCanPass.containsKey(step)) {
                        log.info("Notice: the service refused to pass {} {} right after it opened ({}), as it should",
                                step, step.chineseName(), e.code());
                    }
                    noticeCanPass.put(step, false);
                    return new Outcome(Kind.WAITING, step);
                }
            } else if (step == RegistrationStep.FIRST_HOME_VISIT) {
                passFirstStep(officer, householdId, correlationId);
            } else {
                api.recordStep(officer, householdId, step, true, passNote(step), correlationId);
            }
            if (step == RegistrationStep.SECOND_HOME_VISIT && plan.outcome() == ProcedurePlan.Outcome.VETO) {
                // The property search (财产检索) finds the veto once the second home visit has verified the household.
                api.veto(countyOfficer(countyCode), householdId, plan.vetoCode(), plan.evidence(), correlationId);
                return new Outcome(Kind.VETOED, step);
            }
        }
        return new Outcome(Kind.REGISTERED, RegistrationStep.COUNTY_ANNOUNCEMENT);
    }

    /** The first step waits, briefly, for the candidate's nomination if the service makes it asynchronously. */
    private void passFirstStep(String officer, String householdId, String correlationId) {
        for (int attempt = 1; ; attempt++) {
            try {
                api.recordStep(officer, householdId, RegistrationStep.FIRST_HOME_VISIT, true,
                        passNote(RegistrationStep.FIRST_HOME_VISIT), correlationId);
                return;
            } catch (ApiProblemException e) {
                if (!e.isConflict("NOT_A_CANDIDATE") || attempt >= NOMINATION_ATTEMPTS) {
                    throw e;
                }
                if (!nominationWaitReported) {
                    log.info("Procedure: waiting for the service to nominate the candidates of the cut-off");
                    nominationWaitReported = true;
                }
                try {
                    sleeper.sleep(NOMINATION_PAUSE);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the nomination", interrupted);
                }
            }
        }
    }

    private static String officerFor(RegistrationStep step, DemoHousehold household, String countyCode) {
        return switch (step.level()) {
            case VILLAGE -> villageOfficer(household);
            case TOWNSHIP -> "officer-township-" + household.townshipCode();
            case COUNTY -> countyOfficer(countyCode);
            default -> throw new IllegalStateException("No demo officer at " + step.level());
        };
    }

    private static String passNote(RegistrationStep step) {
        return step.chineseName() + "：通过 (demo)";
    }

    private static String villageOfficer(DemoHousehold household) {
        return "officer-village-" + household.villageCode();
    }

    private static String countyOfficer(String countyCode) {
        return "officer-county-" + countyCode;
    }

    private String correlationId(DemoHousehold household) {
        return "demo-" + runId + "-h" + household.number();
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "?" : String.format("%.1f", value);
    }
}

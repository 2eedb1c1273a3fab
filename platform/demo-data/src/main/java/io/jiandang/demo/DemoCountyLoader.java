package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.UnknownDivisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds a demo county ({@link DemoCountyGenerator}) and loads it through the registration service's
 * public REST API: publishes the policy, surveys the households, opens the county's identification round
 * and computes its cut-off, then runs the registration procedure (两入户、两评议、两审核、两公示、一公告)
 * for the candidates, in phases over all of them.
 *
 * <p>A public notice passes only once its period has elapsed on the service's clock. In a local demo the services'
 * business clocks are adjustable ({@code JIANDANG_CLOCK_ADJUSTABLE=true}): between two phases {@link DemoTime}
 * moves every service's clock forward by the notice period and a day, once for all the open notices, and says so
 * in the log. Without it ({@code --no-clock-advance}) the candidates stay in the first notice. The
 * {@link LoadReport} names the registered households by village for later demo steps. ID numbers and tokens are
 * never printed.
 */
public final class DemoCountyLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);
    /** Business dates are China Standard Time, as in the services. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
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
    /** Moves the business clocks of the services; {@code null}: never moved. */
    private final DemoTime demoTime;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private boolean nominationWaitReported;

    /** A loader that never moves the services' business clocks: the candidates stay in the first notice. */
    public DemoCountyLoader(DivisionCatalogue catalogue, RegistrationApi api, Clock clock, JsonHttp.Sleeper sleeper) {
        this(catalogue, api, clock, sleeper, null);
    }

    /** A loader that moves the business clocks of the services with {@code demoTime} to let notices pass. */
    public DemoCountyLoader(DivisionCatalogue catalogue, RegistrationApi api, Clock clock, JsonHttp.Sleeper sleeper,
                            DemoTime demoTime) {
        this.catalogue = catalogue;
        this.api = api;
        this.clock = clock;
        this.sleeper = sleeper;
        this.demoTime = demoTime;
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
        // a service that refuses the connection after the first try does not run here: no long warm-up
        DemoTime demoTime = options.advanceClock()
                ? DemoTime.forLocalRun(JsonHttp.standard(mapper, Duration.ZERO), tokens, options.clockServices()) : null;
        runOrStop(() -> {
            LoadReport report = new DemoCountyLoader(DivisionCatalogue.guangxi(), api, Clock.systemDefaultZone(),
                    pause -> Thread.sleep(pause.toMillis()), demoTime).load(options);
            writeReport(options, report, mapper);
        });
    }

    /** Runs a loader's work; a refusal or an unreachable service stops the process with exit code 1 and the reason. */
    static void runOrStop(Runnable work) {
        try {
            work.run();
        } catch (ApiProblemException e) {
            log.error("Stopped: {} {} was refused with {}; problem: {}", e.method(), e.path(), e.status(), e.body());
            System.exit(1);
        } catch (JsonHttp.ServiceUnavailableException | UnknownDivisionException | IllegalArgumentException
                 | IllegalStateException | UncheckedIOException e) {
            log.error("Stopped: {}", e.getMessage());
            System.exit(1);
        }
    }

    /** Writes the report for later demo steps; a run that loaded nothing new keeps the earlier run's report. */
    static void writeReport(LoaderOptions options, LoadReport report, ObjectMapper mapper) {
        if (options.reportFile() == null) {
            return;
        }
        if (report.surveyed() == 0) {
            log.info("Report: nothing new loaded; {} is left as it was", options.reportFile());
            return;
        }
        try {
            Path file = options.reportFile().toAbsolutePath();
            Files.createDirectories(file.getParent());
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
            log.info("Report: the registered households by village and the rest are in {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + options.reportFile() + ": " + e.getMessage(), e);
        }
    }

    public LoadReport load(LoaderOptions options) {
        DemoCounty county = new DemoCountyGenerator(catalogue).generate(options.countyCode(), options.households(),
                options.seed());
        long villages = county.households().stream().map(DemoHousehold::villageCode).distinct().count();
        log.info("Generated {} households, {} people in {} villages of {} ({}), seed {}; main causes {}",
                county.households().size(), county.people(), villages, county.countyName(), county.countyCode(),
                county.seed(), DemoCountyGenerator.mainCauseCounts(county));

        boolean advanceClock = options.advanceClock() && demoTime != null;
        if (advanceClock) {
            // before anything is loaded: a service without an adjustable clock stops the demo here, and one
            // restarted since an earlier move gets its business time back
            List<DemoTime.ServiceClock> clocks = demoTime.restore();
            DemoTime.ServiceClock first = clocks.get(0);
            log.info("Business clock: {} China time on {} service(s), {} days ahead of the real clock",
                    LocalDate.ofInstant(first.now(), CHINA), clocks.size(), first.offset().toDays());
        }

        boolean published = publishPolicy();

        Map<DemoHousehold, RegistrationApi.Surveyed> surveyed = survey(county);
        int alreadyPresent = county.households().size() - surveyed.size();
        if (surveyed.isEmpty()) {
            log.info("All {} households were surveyed by an earlier run (same seed): nothing more to load. "
                    + "Use another --seed or a fresh data folder to load again.", alreadyPresent);
            return LoadReport.nothingNew(published, alreadyPresent);
        }
        int people = surveyed.keySet().stream().mapToInt(DemoHousehold::people).sum();

        // c) identification round: a scale of about 30% of the surveyed people (the option's share)
        int scale = Math.max(1, (int) Math.round(options.povertyShare() * people));
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
                cutOff.cutOffScore(), unknownCandidates, advanceClock);
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

    /**
     * d) the nine steps for every candidate, in phases over all of them: each candidate goes as far as its next
     * public notice (公示) and opens it; then the business clock of every service moves forward once, by the
     * notice period and a day, and the next phase passes the notices and goes on to the next one, until the county
     * announcement (县公告) registers the household. A few candidates are left in the procedure on purpose
     * ({@link #holdAt(int)}), their notices opened after the last move, so that the demo also has households
     * waiting in a notice and for the county announcement. Without a business clock to move, the candidates
     * stay in the first notice, as its period runs on the real clock.
     */
    private LoadReport runProcedure(DemoCounty county, List<DemoHousehold> candidates,
                                    Map<DemoHousehold, RegistrationApi.Surveyed> surveyed, boolean published,
                                    int alreadyPresent, int people, String roundId, int scale,
                                    double cutOffScore, int unknownCandidates, boolean advanceClock) {
        candidates.sort(Comparator.comparingInt(DemoHousehold::number));
        List<Progress> all = new ArrayList<>();
        int passingAll = 0;
        for (DemoHousehold household : candidates) {
            RegistrationStep hold = household.plan().outcome() == ProcedurePlan.Outcome.PASS_ALL ? holdAt(passingAll++) : null;
            all.add(new Progress(household, surveyed.get(household).householdId(), hold));
        }
        String countyCode = county.countyCode();
        int noticeDays = noticePeriodDays(published);
        int advancedDays = 0;
        int phase = 1;
        runPhase(phase, all, countyCode, advancedDays);
        while (all.stream().anyMatch(Progress::waitsInNotice)) {
            Map<RegistrationStep, Long> inNotice = all.stream().filter(Progress::waitsInNotice)
                    .collect(Collectors.groupingBy(Progress::step, () -> new EnumMap<>(RegistrationStep.class),
                            Collectors.counting()));
            if (!advanceClock || demoTime == null) {
                log.info("Business clock: not moved (--no-clock-advance): the notices {} stay open until their {}-day "
                        + "period has passed on the real clock, about {}", describe(inNotice), noticeDays,
                        LocalDate.now(clock).plusDays(noticeDays));
                break;
            }
            int days = noticeDays + 1;
            List<DemoTime.ServiceClock> clocks = demoTime.advanceDays(days);
            advancedDays += days;
            DemoTime.ServiceClock first = clocks.get(0);
            log.info("Business clock: MOVED FORWARD {} days (notice period {} days + 1) on {} service(s), so that the "
                            + "notices {} can pass; business time is now {} China time, {} days ahead of the real clock",
                    days, noticeDays, clocks.size(), describe(inNotice),
                    LocalDate.ofInstant(first.now(), CHINA), first.offset().toDays());
            phase++;
            runPhase(phase, all, countyCode, advancedDays);
        }
        // The households left waiting in a notice open it now, after the last move: their period really runs.
        List<Progress> heldInNotice = all.stream().filter(p -> p.held() && p.step().isNotice()).toList();
        for (Progress progress : heldInNotice) {
            api.openNotice(officerFor(progress.step(), progress.household, countyCode), progress.id, progress.step(),
                    correlationId(progress.household));
            progress.noticeOpen = true;
        }

        int rejected = count(all, Kind.REJECTED);
        int vetoed = count(all, Kind.VETOED);
        int registered = count(all, Kind.REGISTERED);
        Map<String, List<String>> registeredByVillage = all.stream().filter(p -> p.end == Kind.REGISTERED)
                .collect(Collectors.groupingBy(p -> p.household.villageCode(), TreeMap::new,
                        Collectors.mapping(p -> p.id, Collectors.toList())));
        Map<RegistrationStep, List<Progress>> open = all.stream().filter(p -> p.end == null)
                .collect(Collectors.groupingBy(Progress::step, () -> new EnumMap<>(RegistrationStep.class),
                        Collectors.toList()));
        log.info("Procedure: {} candidates: {} registered (建档立卡) in {} villages, {} rejected at a village "
                        + "deliberation, {} vetoed, {} left in the procedure; business clock moved {} days in all",
                candidates.size(), registered, registeredByVillage.size(), rejected, vetoed,
                open.values().stream().mapToInt(List::size).sum(), advancedDays);
        Map<RegistrationStep, List<String>> inProcedure = new EnumMap<>(RegistrationStep.class);
        open.forEach((step, waiting) -> {
            if (step.isNotice()) {
                log.info("Notice: {} households wait in {} {} (notice open, {}-day period on the business clock; "
                        + "an officer passes it once the period has elapsed), by village:", waiting.size(), step,
                        step.chineseName(), noticeDays);
            } else {
                log.info("Procedure: {} households wait for {} {}, by village:", waiting.size(), step, step.chineseName());
            }
            Map<String, List<String>> byVillage = waiting.stream().collect(Collectors.groupingBy(
                    p -> p.household.villageCode(), TreeMap::new, Collectors.mapping(p -> p.id, Collectors.toList())));
            byVillage.forEach((village, ids) -> log.info("  {} {}: {}", village, catalogue.get(village).name(),
                    String.join(", ", ids)));
            inProcedure.put(step, waiting.stream().map(p -> p.id).toList());
        });
        return new LoadReport(published, surveyed.size(), alreadyPresent, people, roundId, scale, cutOffScore,
                candidates.size(), rejected, vetoed, registered, unknownCandidates, registeredByVillage, inProcedure,
                advancedDays, all.stream().filter(p -> p.end == Kind.REGISTERED)
                        .collect(Collectors.toMap(p -> p.id, p -> p.household.people())));
    }

    /**
     * Where a candidate that would pass every step is left on purpose, by its position among those candidates:
     * about one in nine stays in the procedure, spread over the village notice, the township notice and the
     * county announcement, so that the demo shows every stage; {@code null}: it goes on to registration.
     */
    static RegistrationStep holdAt(int passingIndex) {
        return switch (passingIndex % 27) {
            case 8 -> RegistrationStep.VILLAGE_PUBLIC_NOTICE;
            case 17 -> RegistrationStep.TOWNSHIP_PUBLIC_NOTICE;
            case 26 -> RegistrationStep.COUNTY_ANNOUNCEMENT;
            default -> null;
        };
    }

    /** One phase: every candidate still in the procedure goes on as far as it can (see {@link Progress#run}). */
    private void runPhase(int phase, List<Progress> all, String countyCode, int advancedDays) {
        List<Progress> active = all.stream().filter(p -> p.end == null && !p.held()).toList();
        int done = 0;
        for (Progress progress : active) {
            progress.run(countyCode, advancedDays);
            done++;
            if (done % PROGRESS_EVERY == 0 && done < active.size()) {
                log.info("Phase {}: {}/{} candidates", phase, done, active.size());
            }
        }
        Map<String, Long> standing = new LinkedHashMap<>();
        for (Progress progress : all) {
            String where = progress.end != null ? progress.end.label
                    : progress.held() ? "left before " + progress.step().chineseName()
                    : (progress.waitsInNotice() ? "in " : "before ") + progress.step().chineseName();
            standing.merge(where, 1L, Long::sum);
        }
        log.info("Phase {}: {} candidates went on; where the {} candidates stand: {}", phase, active.size(), all.size(),
                standing);
    }

    private static int count(List<Progress> all, Kind kind) {
        return (int) all.stream().filter(p -> p.end == kind).count();
    }

    private static String describe(Map<RegistrationStep, Long> inNotice) {
        return inNotice.entrySet().stream().map(e -> e.getKey().chineseName() + " (" + e.getValue() + " households)")
                .collect(Collectors.joining(", "));
    }

    /** The notice period of the policy in force: the demo's when this run published it, else the service's. */
    private int noticePeriodDays(boolean published) {
        if (published) {
            return DemoPolicy.NOTICE_PERIOD_DAYS;
        }
        JsonNode days = api.currentPolicy(POLICY_ADMIN).path("noticePeriodDays");
        if (!days.canConvertToInt() || days.asInt() < 1) {
            throw new IllegalStateException("The current registration policy names no notice period: " + days);
        }
        return days.asInt();
    }

    private enum Kind {
        REJECTED("rejected"), VETOED("vetoed"), REGISTERED("registered");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** How far one candidate has come in the procedure. */
    private final class Progress {
        private final DemoHousehold household;
        private final String id;
        /** The step where this candidate is left on purpose, or null. */
        private final RegistrationStep holdAt;
        private int next;
        private boolean noticeOpen;
        private Kind end;

        Progress(DemoHousehold household, String id, RegistrationStep holdAt) {
            this.household = household;
            this.id = id;
            this.holdAt = holdAt;
        }

        RegistrationStep step() {
            return RegistrationStep.values()[next];
        }

        boolean held() {
            return end == null && step() == holdAt;
        }

        /** Its notice is open and the loader means to pass it once the period has elapsed. */
        boolean waitsInNotice() {
            return end == null && noticeOpen && !held();
        }

        /**
         * Goes on from the next step: passes an open notice (its period has elapsed since the clock moved), does
         * the steps up to the next notice and opens it, and stops there, at the end of the procedure (registered,
         * rejected, vetoed) or where the candidate is held.
         */
        void run(String countyCode, int advancedDays) {
            ProcedurePlan plan = household.plan();
            String correlationId = correlationId(household);
            while (end == null && !held()) {
                RegistrationStep step = step();
                String officer = officerFor(step, household, countyCode);
                if (plan.outcome() == ProcedurePlan.Outcome.REJECT && plan.rejectedAt() == step) {
                    api.recordStep(officer, id, step, false, plan.reason(), correlationId);
                    end = Kind.REJECTED;
                    return;
                }
                if (step.isNotice() && !noticeOpen) {
                    api.openNotice(officer, id, step, correlationId);
                    noticeOpen = true;
                    return;
                }
                if (step.isNotice()) {
                    passNotice(officer, step, correlationId, advancedDays);
                    noticeOpen = false;
                } else if (step == RegistrationStep.FIRST_HOME_VISIT) {
                    passFirstStep(officer, id, correlationId);
                } else {
                    api.recordStep(officer, id, step, true, passNote(step), correlationId);
                }
                if (step == RegistrationStep.SECOND_HOME_VISIT && plan.outcome() == ProcedurePlan.Outcome.VETO) {
                    // The property search (财产检索) finds the veto once the second home visit has verified the household.
                    api.veto(countyOfficer(countyCode), id, plan.vetoCode(), plan.evidence(), correlationId);
                    end = Kind.VETOED;
                    return;
                }
                if (step == RegistrationStep.COUNTY_ANNOUNCEMENT) {
                    end = Kind.REGISTERED;
                    return;
                }
                next++;
            }
        }

        private void passNotice(String officer, RegistrationStep step, String correlationId, int advancedDays) {
            try {
                api.recordStep(officer, id, step, true, passNote(step), correlationId);
            } catch (ApiProblemException e) {
                if (e.isConflict("NOTICE_PERIOD_NOT_ELAPSED")) {
                    throw new IllegalStateException("The registration service refused to pass " + step + " of household "
                            + id + " (NOTICE_PERIOD_NOT_ELAPSED) although the business clocks were moved "
                            + advancedDays + " days; does it run on another clock than the others?", e);
                }
                throw e;
            }
        }
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

package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole demo data set of a local run, loaded only through the services' public APIs, in business-time order
 * (what {@code deploy/local/up} runs):
 * <ol>
 *   <li>registration (建档立卡) of the demo county 巴马瑶族自治县 ({@link DemoCountyLoader}, in phases), then of a
 *       second, less poor county 南丹县 (a poverty scale of 2% of its people) whose incidence is below the exit
 *       threshold of 3% — the demo county's own incidence (about 30%) cannot honestly fall that low;</li>
 *   <li>assistance (一帮一联): the cadres, a pairing for registered households, and for the households of the one
 *       cadre who can sign (the demo user {@code cadre}) a handbook and the twelve months of the exit year, each
 *       month recorded and doubly signed once it is over on the business clock;</li>
 *   <li>exit (精准退出): the exit policy with a line for the exit year, the plan, assessment, the three signatures
 *       and the notice of those households, cancellation (销号) once the notice period has passed, the exit of a
 *       village whose poor households all exited, and the county exit of the second county;</li>
 *   <li>relapse and reporting, when their demo parts are present.</li>
 * </ol>
 * Business time moves only through {@link DemoTime} (recorded for restarts), forward, month by month through the
 * exit year. A service that does not run is skipped with a log line, with the parts that need it. A run that finds
 * the demo county surveyed already (same seed) loads nothing more.
 */
public final class DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSet.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** 南丹县 (河池市), a poor county next to the demo county: loaded less poor, for the county exit. */
    static final String SECOND_COUNTY = "451221";
    static final int SECOND_COUNTY_HOUSEHOLDS = 120;
    static final long SECOND_COUNTY_SEED = 2018;
    static final double SECOND_COUNTY_POVERTY_SHARE = 0.02;
    /** The income line (yuan per head) the demo's exit policy sets for its exit year (about the 2020 line). */
    static final int EXIT_YEAR_INCOME_LINE = 4000;
    /** The demo user who assesses county exits (河池市's information officer). */
    static final String CITY_OFFICER = "city-officer";
    static final String COUNTY_OFFICER = "county-officer";

    /** The exit service's views follow the topics: wait up to 240 × 0.5 s for them. */
    private static final int VIEW_ATTEMPTS = 240;
    private static final Duration VIEW_PAUSE = Duration.ofMillis(500);

    /** The six services' base URLs. */
    public record Services(URI registration, URI relapse, URI assistance, URI exit, URI reporting, URI audit) {

        /** Registration on base + 1 ... audit on base + 6 (the order of {@link DemoTime#servicesAt}). */
        public static Services of(List<URI> sixInOrder) {
            if (sixInOrder.size() != DemoTime.SERVICE_COUNT) {
                throw new IllegalArgumentException("Six service URLs are needed, not " + sixInOrder);
            }
            return new Services(sixInOrder.get(0), sixInOrder.get(1), sixInOrder.get(2), sixInOrder.get(3),
                    sixInOrder.get(4), sixInOrder.get(5));
        }

        public List<URI> all() {
            return List.of(registration, relapse, assistance, exit, reporting, audit);
        }
    }

    /** The assistance part: the exit year's pairings and income. */
    public record AssistancePart(int year, int paired, List<String> signingHouseholds, int signatures,
                                 Map<String, String> netIncomePerHead) {
    }

    /** The exit part. */
    public record ExitPart(int year, String exitedOn, List<String> exitedHouseholds, List<ExitDemo.OnNotice> refused,
                           Map<String, String> exitIds, String villageCode, String villageExit, String villageExitRefusal,
                           String countyCode, String countyExit, String countyExitRefusal, JsonNode demoCountyIncidence,
                           JsonNode secondCountyIncidence) {
    }

    /** The relapse part: the cases filed and where they were left, and those approved (poor again). */
    public record RelapsePart(List<RelapseDemo.DemoCase> cases, List<String> approved) {
    }

    /** The reporting part: the quarterly update cycles around the business date; a refusal if any. */
    public record ReportingPart(String businessDate, String refusal) {
    }

    /** What the run loaded; parts not loaded are {@code null} and named in {@code skipped}. */
    public record Report(LoadReport county, LoadReport secondCounty, AssistancePart assistance, ExitPart exit,
                         RelapsePart relapse, ReportingPart reporting, List<String> skipped, String businessDate) {
    }

    private final DivisionCatalogue catalogue;
    private final RegistrationApi registration;
    private final AssistanceApi assistanceApi;
    private final ExitDemo exitDemo;
    private final RelapseApi relapseApi;
    private final DemoUpdateCycles updateCycles;
    private final Services services;
    private final DemoTime demoTime;
    private final Clock clock;
    private final JsonHttp.Sleeper sleeper;
    private final List<String> skipped = new ArrayList<>();

    public DemoDataSet(DivisionCatalogue catalogue, RegistrationApi registration, AssistanceApi assistanceApi,
                       ExitDemo exitDemo, RelapseApi relapseApi, DemoUpdateCycles updateCycles, Services services,
                       DemoTime demoTime, Clock clock, JsonHttp.Sleeper sleeper) {
        this.catalogue = catalogue;
        this.registration = registration;
        this.assistanceApi = assistanceApi;
        this.exitDemo = exitDemo;
        this.relapseApi = relapseApi;
        this.updateCycles = updateCycles;
        this.services = services;
        this.demoTime = demoTime;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static void main(String[] args) {
        LoaderOptions options;
        try {
            options = LoaderOptions.parse(args, LocalDate.now().getYear());
        } catch (IllegalArgumentException e) {
            log.error("{}\n{}", e.getMessage(), LoaderOptions.USAGE.replace("DemoCountyLoader", "DemoDataSet"));
            System.exit(2);
            return;
        }
        if (options.help()) {
            log.info("\n{}", LoaderOptions.USAGE.replace("DemoCountyLoader", "DemoDataSet"));
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonHttp http = JsonHttp.standard(mapper);
        Tokens tokens = new Tokens(http, options.issuer(), options.clientSecret(), Clock.systemUTC());
        List<URI> clocks = options.clockServices();
        Services services = Services.of(clocks.subList(clocks.size() - DemoTime.SERVICE_COUNT, clocks.size()));
        services = new Services(options.registration(), services.relapse(), services.assistance(), services.exit(),
                services.reporting(), services.audit());
        DemoTime demoTime = options.advanceClock()
                ? DemoTime.forLocalRun(JsonHttp.standard(mapper, Duration.ZERO), tokens, clocks) : null;
        DemoDataSet dataSet = new DemoDataSet(DivisionCatalogue.guangxi(),
                new RegistrationApi(http, tokens, options.registration()),
                new AssistanceApi(http, tokens, services.assistance()),
                new ExitDemo(http, tokens, services.exit(), ExitDemo.Clients.standard()),
                new RelapseApi(http, tokens, services.relapse()),
                new DemoUpdateCycles(http, tokens, services.reporting()), services, demoTime,
                Clock.systemDefaultZone(), pause -> Thread.sleep(pause.toMillis()));
        DemoCountyLoader.runOrStop(() -> {
            Report report = dataSet.load(options);
            DemoCountyLoader.writeReport(options, report.county(), mapper);
            writeDataSetReport(options, report, mapper);
        });
    }

    /** The whole report next to the county's: {@code demo-data.json} beside {@code --report-file}. */
    static void writeDataSetReport(LoaderOptions options, Report report, ObjectMapper mapper) {
        if (options.reportFile() == null || report.county().surveyed() == 0) {
            return;
        }
        Path file = options.reportFile().toAbsolutePath().resolveSibling("demo-data.json");
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
            log.info("Report: the whole demo data set is described in {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }

    public Report load(LoaderOptions options) {
        LoadReport county = new DemoCountyLoader(catalogue, registration, clock, sleeper, demoTime).load(options);
        if (county.surveyed() == 0) {
            log.info("Demo data: the demo county was loaded by an earlier run; nothing more is loaded");
            return new Report(county, null, null, null, null, null,
                    List.of("everything after registration (loaded earlier)"), null);
        }
        if (demoTime == null || !options.advanceClock()) {
            skip("second county, assistance, exit", "the business clock may not move (--no-clock-advance), so no "
                    + "notice can pass and no month of income can be over");
            return new Report(county, null, null, null, null, null, List.copyOf(skipped), null);
        }
        log.info("Demo data: a second, less poor county {} {} ({} households, poverty scale {}% of its people), for "
                        + "a county whose incidence is below the exit threshold", SECOND_COUNTY,
                catalogue.get(SECOND_COUNTY).name(), SECOND_COUNTY_HOUSEHOLDS, Math.round(SECOND_COUNTY_POVERTY_SHARE * 100));
        LoadReport second = new DemoCountyLoader(catalogue, registration, clock, sleeper, demoTime).load(options.forCounty(
                SECOND_COUNTY, SECOND_COUNTY_HOUSEHOLDS, SECOND_COUNTY_SEED, SECOND_COUNTY_POVERTY_SHARE));

        AssistancePart assistance = null;
        ExitPart exit = null;
        RelapsePart relapse = null;
        if (!demoTime.runs(services.assistance())) {
            skip("assistance, exit, relapse", "assistance-service does not run at " + services.assistance()
                    + " (the exit needs its pairings and signed income, a relapse an exit)");
        } else {
            assistance = assistance(options.countyCode(), county);
            if (!demoTime.runs(services.exit())) {
                skip("exit, relapse", "exit-service does not run at " + services.exit() + " (a relapse needs an exit)");
            } else if (assistance.signingHouseholds().isEmpty()) {
                skip("exit, relapse", "no household has a signed year of income");
            } else {
                exit = exit(options.countyCode(), county, second, assistance);
                if (!demoTime.runs(services.relapse())) {
                    skip("relapse", "relapse-service does not run at " + services.relapse());
                } else if (exit.exitedHouseholds().isEmpty()) {
                    skip("relapse", "no household exited");
                } else {
                    relapse = relapse(county, exit);
                }
            }
        }
        ReportingPart reporting = null;
        if (!demoTime.runs(services.reporting())) {
            skip("reporting", "reporting-service does not run at " + services.reporting());
        } else {
            reporting = reporting();
        }
        return new Report(county, second, assistance, exit, relapse, reporting, List.copyOf(skipped),
                businessDate().toString());
    }

    // ---- assistance ---------------------------------------------------------------------------------------

    /**
     * The exit year is the business year after registration: its January starts with the pairings, and each month's
     * income is recorded once the month is over, so the clock ends early in the following January.
     */
    private AssistancePart assistance(String countyCode, LoadReport county) {
        AssistanceDemo demo = new AssistanceDemo(assistanceApi, clock);
        int year = businessDate().getYear() + 1;
        LocalDate pairedOn = LocalDate.of(year, 1, 2);
        moveTo(pairedOn, "the pairings of " + year);
        demo.prepare(countyCode, year);
        List<String> forCadre = signingHouseholds(county);
        // the assistance service learns of registered households from registration.events
        awaitView("the assistance service to list the registered households " + forCadre + " as unpaired",
                () -> assistanceApi.unpaired(COUNTY_OFFICER, countyCode, 1000).containsAll(forCadre));
        AssistanceDemo.Pairings pairings = demo.pair(countyCode, forCadre, pairedOn);
        List<String> signing = pairings.signing();
        log.info("Assistance: {} households paired with {} cadres on {}; the signing cadre '{}' has {}", pairings.paired(),
                AssistanceDemo.CADRES.size(), pairedOn, AssistanceDemo.SIGNING_CADRE, signing);
        for (int i = 0; i < signing.size(); i++) {
            demo.startHandbook(signing.get(i), year, i, pairedOn);
        }
        int signatures = 0;
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            moveTo(ym.plusMonths(1).atDay(2), "the income of " + ym + " can be recorded once the month is over");
            for (int i = 0; i < signing.size(); i++) {
                signatures += demo.recordMonth(signing.get(i), ym, i,
                        county.peopleByHousehold().getOrDefault(signing.get(i), 4));
            }
        }
        Map<String, String> perHead = new LinkedHashMap<>();
        signing.forEach(id -> perHead.put(id, demo.logYear(id, year)));
        log.info("Assistance: {} households with twelve months of {} signed by the cadre and the household ({} signatures)",
                signing.size(), year, signatures);
        return new AssistancePart(year, pairings.paired(), signing, signatures, perHead);
    }

    /**
     * The households for the signing cadre (as many as a cadre may have): whole villages first, the smallest first,
     * so that a village has all its registered households exit; then households of the next villages.
     */
    static List<String> signingHouseholds(LoadReport county) {
        int limit = AssistanceDemo.HOUSEHOLDS_PER_CADRE;
        List<Map.Entry<String, List<String>>> villages = county.registeredByVillage().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<String>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey)).toList();
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, List<String>> village : villages) {
            if (chosen.size() + village.getValue().size() <= limit) {
                chosen.addAll(village.getValue());
            }
        }
        for (Map.Entry<String, List<String>> village : villages) {
            for (String id : village.getValue()) {
                if (chosen.size() < limit && !chosen.contains(id)) {
                    chosen.add(id);
                }
            }
        }
        return chosen;
    }

    // ---- exit ---------------------------------------------------------------------------------------------

    private ExitPart exit(String countyCode, LoadReport county, LoadReport second, AssistancePart assistance) {
        int year = assistance.year();
        exitDemo.publishPolicy(Map.of(year, EXIT_YEAR_INCOME_LINE));
        log.info("Exit: policy published (or kept) with an income line of {} yuan per head for {}", EXIT_YEAR_INCOME_LINE, year);
        allocatePlan(year, countyCode, county, second);

        Map<String, String> villageOf = new LinkedHashMap<>();
        county.registeredByVillage().forEach((village, ids) -> ids.forEach(id -> villageOf.put(id, village)));
        List<String> households = assistance.signingHouseholds();
        for (String id : households) {
            awaitView("the exit service to count twelve signed months of " + year + " for household " + id, () -> {
                JsonNode facts = exitDemo.exitFacts(COUNTY_OFFICER, id);
                return facts.path("incomes").path(String.valueOf(year)).path("monthsCounted").asInt() >= 12
                        && facts.path("pairedCadres").toString().contains("\"" + AssistanceDemo.SIGNING_CADRE + "\"");
            });
        }
        List<ExitDemo.OnNotice> onNotice = new ArrayList<>();
        Map<String, List<String>> byTownship = households.stream().collect(Collectors.groupingBy(
                id -> township(villageOf.get(id)), LinkedHashMap::new, Collectors.toList()));
        byTownship.forEach((township, ids) ->
                onNotice.addAll(exitDemo.as(ExitDemo.townshipClients(township)).takeToNotice(ids, year)));
        List<ExitDemo.OnNotice> refused = onNotice.stream().filter(n -> n.exitId() == null).toList();
        refused.forEach(n -> log.warn("Exit: household {} was refused: {}", n.householdId(), n.refusal()));
        log.info("Exit: {} households assessed for {}, signed by the household head, the team member and the cadre, "
                + "and on public notice; {} refused", onNotice.size() - refused.size(), year, refused.size());

        moveDays(8, "the exits' 7-day public notice can pass");
        LocalDate exitedOn = businessDate();
        List<JsonNode> exits = exitDemo.cancel(onNotice, exitedOn, ExitDemo.vetoCodes());
        Map<String, String> exitIds = new LinkedHashMap<>();
        onNotice.stream().filter(n -> n.exitId() != null).forEach(n -> exitIds.put(n.householdId(), n.exitId()));
        exitIds.forEach((household, exitId) -> awaitView("exit " + exitId + " to show EXITED",
                () -> "EXITED".equals(exitDemo.householdExit(COUNTY_OFFICER, exitId).path("status").asText())));
        log.info("Exit: {} households exited (销号) on {}: {}", exits.size(), exitedOn, exitIds.keySet());

        // a village whose registered households all exited: its incidence is 0, below the threshold
        String village = county.registeredByVillage().entrySet().stream()
                .filter(e -> exitIds.keySet().containsAll(e.getValue())).map(Map.Entry::getKey).findFirst().orElse(null);
        String villageExit = null;
        String villageRefusal = null;
        if (village == null) {
            villageRefusal = "no village had all its registered households exit";
            log.warn("Exit: {}; no village exit assessed", villageRefusal);
        } else {
            awaitView("the incidence of village " + village + " to fall below the threshold",
                    () -> exitDemo.incidence(COUNTY_OFFICER, village).path("belowThreshold").asBoolean());
            try {
                villageExit = exitDemo.villageExit(village, year);
                log.info("Exit: village {} {} exited ({}) for {}", village, catalogue.get(village).name(), villageExit, year);
            } catch (ApiProblemException e) {
                villageRefusal = e.code() + " " + ApiProblemException.redact(e.body());
                log.warn("Exit: the exit of village {} was refused: {}", village, villageRefusal);
            }
        }

        JsonNode demoIncidence = exitDemo.incidence(COUNTY_OFFICER, countyCode);
        log.info("Exit: the demo county {} has an incidence of {}% ({} poor of {} people): {} the {}% threshold, so its "
                        + "county exit is not assessed", countyCode, demoIncidence.path("incidencePercent").asText(),
                demoIncidence.path("poorPeople").asText(), demoIncidence.path("ruralPopulation").asText(),
                demoIncidence.path("belowThreshold").asBoolean() ? "below" : "not below",
                demoIncidence.path("thresholdPercent").asText());
        String countyExit = null;
        String countyRefusal = null;
        JsonNode secondIncidence = null;
        if (second == null || second.surveyed() == 0) {
            countyRefusal = "the second county was not loaded by this run";
        } else {
            awaitView("the exit service to see the " + second.surveyedPeople() + " people surveyed in " + SECOND_COUNTY,
                    () -> exitDemo.incidence(CITY_OFFICER, SECOND_COUNTY).path("ruralPopulation").asInt()
                            >= second.surveyedPeople());
            secondIncidence = exitDemo.incidence(CITY_OFFICER, SECOND_COUNTY);
            log.info("Exit: county {} {} has an incidence of {}% ({} poor of {} people)", SECOND_COUNTY,
                    catalogue.get(SECOND_COUNTY).name(), secondIncidence.path("incidencePercent").asText(),
                    secondIncidence.path("poorPeople").asText(), secondIncidence.path("ruralPopulation").asText());
            try {
                countyExit = exitDemo.countyExit(CITY_OFFICER, SECOND_COUNTY, year, businessDate());
                log.info("Exit: county {} exited (贫困县摘帽, {}) for {}", SECOND_COUNTY, countyExit, year);
            } catch (ApiProblemException e) {
                countyRefusal = e.code() + " " + ApiProblemException.redact(e.body());
                log.warn("Exit: the exit of county {} was refused: {}", SECOND_COUNTY, countyRefusal);
            }
        }
        return new ExitPart(year, exitedOn.toString(), List.copyOf(exitIds.keySet()), refused, exitIds, village,
                villageExit, villageRefusal, SECOND_COUNTY, countyExit, countyRefusal, demoIncidence, secondIncidence);
    }

    /** The year's plan by the factor method for the two demo counties; one allocated already is kept. */
    private void allocatePlan(int year, String countyCode, LoadReport county, LoadReport second) {
        Map<String, Map<String, Number>> counties = new LinkedHashMap<>();
        counties.put(countyCode, indicators(county.povertyScale()));
        if (second != null && second.surveyed() > 0) {
            counties.put(SECOND_COUNTY, indicators(second.povertyScale()));
        }
        int target = Math.max(1, county.povertyScale() / 5);
        try {
            exitDemo.allocatePlan(year, target, counties);
            log.info("Exit: plan of {} allocated: {} people to leave poverty in {}", year, target, counties.keySet());
        } catch (ApiProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            log.info("Exit: the plan of {} exists already ({})", year, e.code());
        }
    }

    private static Map<String, Number> indicators(int povertyScale) {
        Map<String, Number> indicators = new LinkedHashMap<>();
        indicators.put("CUT_OFF_SCORE", 50);
        indicators.put("POVERTY_SCALE", Math.max(1, povertyScale));
        indicators.put("INCIDENCE", 10);
        indicators.put("RELOCATION_SCALE", 10);
        indicators.put("FARMLAND_AND_FOREST_PER_POOR_PERSON", 10);
        indicators.put("RURAL_NET_INCOME_PER_HEAD", 10);
        indicators.put("POVERTY_FUNDS_PER_HEAD", 10);
        indicators.put("FISCAL_REVENUE_PER_HEAD", 10);
        return indicators;
    }

    private static String township(String villageCode) {
        return villageCode.substring(0, 9) + "000";
    }

    // ---- relapse ------------------------------------------------------------------------------------------

    /**
     * Relapse cases (返贫) at every step for the exited households: a first round (one case to the notice with an
     * objection answered, one rejected at home verification, one withdrawn, one deliberated), the business clock
     * moved past the 7-day notice so that the county approves the first (poor again), then a second round on the
     * households whose case was closed or who had none (applied, home-verified, a notice still running).
     */
    private RelapsePart relapse(LoadReport county, ExitPart exit) {
        Map<String, String> villageOf = new LinkedHashMap<>();
        county.registeredByVillage().forEach((village, ids) -> ids.forEach(id -> villageOf.put(id, village)));
        List<RelapseDemo.ExitedHousehold> households = exit.exitedHouseholds().stream()
                .map(id -> new RelapseDemo.ExitedHousehold(id, villageOf.get(id))).toList();
        for (RelapseDemo.ExitedHousehold household : households) {
            awaitView("the relapse service to know household " + household.householdId() + " exited", () -> {
                JsonNode status = relapseApi.relapseStatus(COUNTY_OFFICER, household.householdId());
                return status.hasNonNull("exitId") && !status.path("exitId").asText().isBlank();
            });
        }
        RelapseDemo.Target[] first = {RelapseDemo.Target.NOTICE_WITH_OBJECTION, RelapseDemo.Target.REJECTED_AT_VERIFICATION,
                RelapseDemo.Target.WITHDRAWN, RelapseDemo.Target.DELIBERATED};
        List<RelapseDemo.DemoCase> cases = new ArrayList<>();
        RelapseDemo demo = relapseDemoToday();
        demo.publishPolicy();
        for (int i = 0; i < households.size() && i < first.length; i++) {
            cases.add(demo.file(households.get(i), first[i], cases.size()));
        }
        RelapseDemo.DemoCase onNotice = cases.get(0);
        awaitView("relapse case " + onNotice.caseId() + " to show its notice", () -> "TOWNSHIP_REVIEW_AND_NOTICE".equals(
                relapseApi.relapseCase(COUNTY_OFFICER, onNotice.caseId()).path("expectedStep").asText()));
        moveDays(8, "the relapse notice (7 days) can pass");
        demo = relapseDemoToday();
        List<String> approved = demo.finishElapsedNotices(cases);
        log.info("Relapse: {} case(s) approved by the county after the notice: {}", approved.size(), approved);

        RelapseDemo.Target[] second = {RelapseDemo.Target.APPLIED, RelapseDemo.Target.HOME_VERIFIED,
                RelapseDemo.Target.NOTICE_OPEN};
        List<RelapseDemo.ExitedHousehold> free = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            RelapseDemo.Target had = i < first.length ? first[i] : null;
            if (had == null || had == RelapseDemo.Target.REJECTED_AT_VERIFICATION || had == RelapseDemo.Target.WITHDRAWN) {
                free.add(households.get(i));
            }
        }
        for (int i = 0; i < free.size() && i < second.length; i++) {
            cases.add(demo.file(free.get(i), second[i], cases.size()));
        }
        Map<RelapseDemo.Target, Long> byTarget = cases.stream().collect(Collectors.groupingBy(RelapseDemo.DemoCase::target,
                LinkedHashMap::new, Collectors.counting()));
        log.info("Relapse: {} cases for {} exited households, left at {}; approved (poor again): {}", cases.size(),
                households.size(), byTarget, approved.size());
        return new RelapsePart(cases, approved);
    }

    /** A relapse demo whose dates (the village meeting) are the business date. */
    private RelapseDemo relapseDemoToday() {
        return new RelapseDemo(relapseApi, Clock.fixed(demoTime.clocks().get(0).now(), CHINA));
    }

    // ---- reporting ----------------------------------------------------------------------------------------

    /** The previous quarter's update cycle closed (its snapshot frozen) and the current one open. */
    private ReportingPart reporting() {
        LocalDate today = businessDate();
        try {
            updateCycles.load(today);
            log.info("Reporting: the quarterly update cycle before {} is closed and that of {} is open", today, today);
            return new ReportingPart(today.toString(), null);
        } catch (ApiProblemException e) {
            String refusal = e.method() + " " + e.path() + " " + e.status() + " " + e.code();
            log.warn("Reporting: an update cycle was refused: {}", refusal);
            return new ReportingPart(today.toString(), refusal);
        }
    }

    // ---- business time and waiting ------------------------------------------------------------------------

    /** The business date (China) of the running services. */
    LocalDate businessDate() {
        return LocalDate.ofInstant(demoTime.clocks().get(0).now(), CHINA);
    }

    /** Moves business time forward to {@code target} (never back); says why in the log. */
    private void moveTo(LocalDate target, String why) {
        long days = ChronoUnit.DAYS.between(businessDate(), target);
        if (days > 0) {
            moveDays((int) days, why);
        }
    }

    private void moveDays(int days, String why) {
        List<DemoTime.ServiceClock> clocks = demoTime.advanceDays(days);
        DemoTime.ServiceClock first = clocks.get(0);
        log.info("Business clock: MOVED FORWARD {} days on {} service(s) ({}); business date {}, {} days ahead of the "
                + "real clock", days, clocks.size(), why, LocalDate.ofInstant(first.now(), CHINA), first.offset().toDays());
    }

    private void awaitView(String what, java.util.function.BooleanSupplier done) {
        for (int attempt = 1; ; attempt++) {
            boolean ok;
            try {
                ok = done.getAsBoolean();
            } catch (ApiProblemException e) {
                if (e.status() != 404 && e.status() != 409) {
                    throw e;
                }
                ok = false;
            }
            if (ok) {
                return;
            }
            if (attempt >= VIEW_ATTEMPTS) {
                throw new IllegalStateException("Waited " + VIEW_PAUSE.multipliedBy(VIEW_ATTEMPTS).toSeconds()
                        + " s in vain for " + what);
            }
            if (attempt == 1) {
                log.info("Waiting for {} ...", what);
            }
            try {
                sleeper.sleep(VIEW_PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }

    private void skip(String parts, String why) {
        skipped.add(parts + ": " + why);
        log.warn("Demo data: SKIPPED {}: {}", parts, why);
    }
}

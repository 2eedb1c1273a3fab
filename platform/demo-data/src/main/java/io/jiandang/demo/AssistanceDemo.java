package io.jiandang.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assistance demo data (一帮一联, 一户一册一卡) through the assistance service's public API: the assistance policy,
 * the demo county's cadres, a pairing for every registered household, and for the households of the demo user
 * {@code cadre} (who can sign, having a login) a handbook and a whole year of income entries signed by the cadre
 * and by the household (its signature recorded by the cadre with the scanned page's reference).
 *
 * <p>Run after the registration demo (registered households come from {@code registration.events}). Running it
 * again changes nothing that exists: conflicts answered by the service are taken as "already done".
 */
public class AssistanceDemo {

    private static final Logger log = LoggerFactory.getLogger(AssistanceDemo.class);

    static final String POLICY_ADMIN = "policy-admin";
    static final String COUNTY_OFFICER = "county-officer";
    /** The demo user with the ASSISTANCE_CADRE role (identity-provider README): the one cadre who can sign. */
    public static final String SIGNING_CADRE = "cadre";
    /** The demo assistance policy's pairing limit: households per cadre (a cadre is paired with a few households). */
    public static final int HOUSEHOLDS_PER_CADRE = 5;

    /** Cadres of the demo county: the signing cadre first, then cadres without a login (pairings only). */
    record DemoCadre(String cadreId, String name, String unit, String kind, String contact) {
    }

    static final List<DemoCadre> CADRES = List.of(
            new DemoCadre(SIGNING_CADRE, "韦建国", "巴马瑶族自治县农业局", "CIVIL_SERVANT", "13877800001"),
            new DemoCadre("cadre-451227-002", "黄丽萍", "巴马瑶族自治县教育局", "CIVIL_SERVANT", "13877800002"),
            new DemoCadre("cadre-451227-003", "罗志强", "巴马镇人民政府", "VILLAGE_CADRE", "13877800003"),
            new DemoCadre("cadre-451227-004", "蓝海燕", "巴马长寿食品有限公司", "ENTREPRENEUR", "13877800004"),
            new DemoCadre("cadre-451227-005", "覃文军", "武警河池支队", "ARMY_OR_POLICE", "13877800005"),
            new DemoCadre("cadre-451227-006", "陆春梅", "广西大学志愿服务队", "VOLUNTEER", "13877800006"));

    /** What was done. */
    public record Report(int paired, int householdsWithIncome, int entriesSigned, int unpairedLeft) {
    }

    private final AssistanceApi api;
    private final Clock clock;

    public AssistanceDemo(AssistanceApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    public static void main(String[] args) {
        URI assistance = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8083");
        URI issuer = URI.create(args.length > 1 ? args[1] : "http://127.0.0.1:9000");
        String countyCode = args.length > 2 ? args[2] : "451227";
        JsonHttp http = JsonHttp.standard(new ObjectMapper());
        Tokens tokens = new Tokens(http, issuer, "demo", Clock.systemUTC());
        Report report = new AssistanceDemo(new AssistanceApi(http, tokens, assistance), Clock.systemDefaultZone())
                .load(countyCode);
        log.info("Assistance demo: {}", report);
    }

    /** Loads the assistance demo for the county's registered households; the income year is last year. */
    public Report load(String countyCode) {
        int year = YearMonth.now(clock).getYear() - 1;
        LocalDate pairedOn = LocalDate.of(year, 1, 2);
        prepare(countyCode, year);
        Pairings pairings = pair(countyCode, List.of(), pairedOn);
        int signed = 0;
        for (int i = 0; i < pairings.signing().size(); i++) {
            String householdId = pairings.signing().get(i);
            startHandbook(householdId, year, i, pairedOn);
            for (int month = 1; month <= 12; month++) {
                signed += recordMonth(householdId, YearMonth.of(year, month), i);
            }
            logYear(householdId, year);
        }
        int left = api.unpaired(COUNTY_OFFICER, countyCode, 1000).size();
        return new Report(pairings.paired(), pairings.signing().size(), signed, left);
    }

    /** The households paired: those of the signing cadre (who can sign income entries), and how many in all. */
    public record Pairings(List<String> signing, int paired) {
    }

    /** The assistance policy in force from the first of {@code year}, and the demo county's cadres. */
    public void prepare(String countyCode, int year) {
        publishPolicy(year);
        for (DemoCadre cadre : CADRES) {
            ignoringConflict(() -> api.registerCadre(COUNTY_OFFICER, cadre.cadreId(), countyCode, cadre.name(),
                    cadre.unit(), cadre.kind(), cadre.contact()), "CADRE_ALREADY_REGISTERED");
        }
    }

    /**
     * Pairs registered households with the cadres, {@value #HOUSEHOLDS_PER_CADRE} each: the signing cadre gets
     * {@code forSigningCadre} first (those of them still unpaired), then every cadre the next unpaired households
     * up to the limit.
     */
    public Pairings pair(String countyCode, List<String> forSigningCadre, LocalDate pairedOn) {
        List<String> unpaired = api.unpaired(COUNTY_OFFICER, countyCode, 1000);
        List<String> order = new ArrayList<>(forSigningCadre.stream().filter(unpaired::contains).toList());
        unpaired.stream().filter(id -> !order.contains(id)).forEach(order::add);
        List<String> signing = new ArrayList<>();
        int paired = 0;
        for (int i = 0; i < order.size() && i < CADRES.size() * HOUSEHOLDS_PER_CADRE; i++) {
            String householdId = order.get(i);
            DemoCadre cadre = CADRES.get(i / HOUSEHOLDS_PER_CADRE);
            api.pair(COUNTY_OFFICER, householdId, cadre.cadreId(), "县直单位定点帮扶", pairedOn.toString());
            paired++;
            if (cadre.cadreId().equals(SIGNING_CADRE)) {
                signing.add(householdId);
            }
        }
        return new Pairings(signing, paired);
    }

    /** The year's handbook (一户一册): two measures and a grant, chosen and paid on {@code on}. */
    public void startHandbook(String householdId, int year, int n, LocalDate on) {
        ignoringConflict(() -> api.chooseMeasure(SIGNING_CADRE, householdId, year, "INDUSTRY", "养殖山羊" + (10 + n) + "只",
                on.toString()), "MEASURE_ALREADY_CHOSEN");
        ignoringConflict(() -> api.chooseMeasure(SIGNING_CADRE, householdId, year, "JOB_TRANSFER", "推荐到广东务工",
                on.toString()), "MEASURE_ALREADY_CHOSEN");
        api.recordAssistance(SIGNING_CADRE, householdId, year, "FUNDS", on.toString(), "发放羊苗补助", new BigDecimal("2000.00"));
    }

    /**
     * One month's income entry (一户一卡) signed by the cadre and by the household head (the cadre records the scanned
     * page); answers the signatures given (0 when the month has its entry already). The month must be over on the
     * assistance service's business clock. About 30,000 yuan net a year.
     */
    public int recordMonth(String householdId, YearMonth month, int n) {
        int m = month.getMonthValue();
        Map<String, Object> amounts = new LinkedHashMap<>();
        amounts.put("WAGES", new BigDecimal(1800 + 40 * m + 10 * n));
        amounts.put("PRODUCTION", new BigDecimal(m >= 9 ? "900.00" : "150.00"));
        amounts.put("TRANSFER", new BigDecimal("120.00"));
        return record(SIGNING_CADRE, householdId, month, amounts, new BigDecimal("80.00"));
    }

    /**
     * As {@link #recordMonth(String, YearMonth, int)} for a household of {@code people}: amounts per head, so that
     * the year comes to about 6,700 to 7,000 yuan per head whatever its size (wages rising through the year, the
     * goats sold from September), above a line of 4,000 yuan as an exiting household's should be.
     */
    public int recordMonth(String householdId, YearMonth month, int n, int people) {
        return recordMonth(SIGNING_CADRE, householdId, month, n, people);
    }

    /**
     * As {@link #recordMonth(String, YearMonth, int, int)}, recorded and signed by {@code cadreId}, the household's
     * paired cadre (a login of the identity provider, e.g. a generated cadre of the household's village).
     */
    public int recordMonth(String cadreId, String householdId, YearMonth month, int n, int people) {
        MonthIncome income = MonthIncome.perHead(month, n, people);
        return record(cadreId, householdId, month, income.amounts(), income.productionCosts());
    }

    /**
     * The household's whole {@code year} as {@link #recordMonth(String, String, YearMonth, int, int)} gives it month
     * by month (the same amounts and page references), in one call: the card (一户一卡), every month recorded and
     * signed by {@code cadreId} and by the household head. Answers the signatures given (2 a month). A card is all
     * or nothing, so when some month has its entry already (the year begun, or a call run again) the year is taken
     * up month by month instead, which writes only the months still missing.
     */
    public int recordYear(String cadreId, String householdId, int year, int n, int people) {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            MonthIncome income = MonthIncome.perHead(month, n, people);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("month", month.toString());
            entry.put("amounts", income.amounts());
            entry.put("productionCosts", income.productionCosts());
            entry.put("evidenceReference", signedPage(householdId, month));
            months.add(entry);
        }
        try {
            return 2 * api.recordIncomeCard(cadreId, householdId, year, months).size();
        } catch (ApiProblemException e) {
            if (!e.isConflict("MONTH_ALREADY_HAS_ENTRY")) {
                throw e;
            }
        }
        int signed = 0;
        for (int m = 1; m <= 12; m++) {
            signed += recordMonth(cadreId, householdId, YearMonth.of(year, m), n, people);
        }
        return signed;
    }

    /**
     * A month's income per head for household {@code n} of {@code people} (see
     * {@link #recordMonth(String, YearMonth, int, int)}): one computation for the entry and the card.
     */
    private record MonthIncome(Map<String, Object> amounts, BigDecimal productionCosts) {

        static MonthIncome perHead(YearMonth month, int n, int people) {
            int m = month.getMonthValue();
            Map<String, Object> amounts = new LinkedHashMap<>();
            amounts.put("WAGES", BigDecimal.valueOf((long) people * (350 + 5 * (n % 10) + 10 * m)));
            amounts.put("PRODUCTION", BigDecimal.valueOf((long) people * (m >= 9 ? 300 : 50)));
            amounts.put("TRANSFER", BigDecimal.valueOf(40L * people));
            return new MonthIncome(amounts, BigDecimal.valueOf(30L * people));
        }
    }

    /** The reference of the register page the household head signed for the month (a demo scan). */
    private static String signedPage(String householdId, YearMonth month) {
        return "scan:demo/" + householdId + "/" + month;
    }

    private int record(String cadreId, String householdId, YearMonth month, Map<String, Object> amounts,
                       BigDecimal productionCosts) {
        String entryId;
        try {
            entryId = api.recordIncome(cadreId, householdId, month.toString(), amounts, productionCosts);
        } catch (ApiProblemException e) {
            if (e.isConflict("MONTH_ALREADY_HAS_ENTRY")) {
                return 0;
            }
            throw e;
        }
        api.sign(cadreId, householdId, entryId, "CADRE", null);
        api.sign(cadreId, householdId, entryId, "HOUSEHOLD_HEAD", signedPage(householdId, month));
        return 2;
    }

    /** Logs and answers the household's yearly net income per head as the service computed it. */
    public String logYear(String householdId, int year) {
        String perHead = api.incomeSheet(SIGNING_CADRE, householdId, year).path("yearly").path("netIncomePerHead").asText();
        log.info("Household {}: {} yuan per head in {}", householdId, perHead, year);
        return perHead;
    }

    /** The demo's assistance policy, in force from the first of {@code year}; one already published is kept. */
    public void publishPolicy(int year) {
        publishPolicy(year, HOUSEHOLDS_PER_CADRE);
    }

    /** As {@link #publishPolicy(int)} with another pairing limit (households per cadre). */
    public void publishPolicy(int year, int householdsPerCadre) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("version", 1);
        policy.put("effectiveFrom", year + "-01-01");
        policy.put("householdsPerCadre", householdsPerCadre);
        policy.put("thresholds", Map.of("extremeBelow", 30, "specialBelow", 45, "mediumBelow", 60));
        policy.put("standardPerHousehold", Map.of("GENERAL", 3000, "MEDIUM", 5000, "SPECIAL", 8000, "EXTREME", 12000));
        ignoringConflict(() -> api.publishPolicy(POLICY_ADMIN, policy), "POLICY_VERSION_NOT_NEXT");
    }

    private static void ignoringConflict(Runnable call, String code) {
        try {
            call.run();
        } catch (ApiProblemException e) {
            if (!e.isConflict(code)) {
                throw e;
            }
        }
    }
}

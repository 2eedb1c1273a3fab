package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for the relapse, assistance, exit, reporting and audit services, each on its own port with its own
 * adjustable business clock ({@code /api/demo-clock}), sharing what they know of the households with the
 * {@link FakeRegistrationService} (whose tokens they read). They keep just enough state to refuse what the real
 * services refuse when business time is incoherent: an income month not yet over, an exit cancelled or a relapse
 * notice completed before its period, a relapse for a household that has not exited or has an open case, a village
 * meeting in the future. Every call is recorded with the caller and the service's business date.
 */
final class FakeDemoServices implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // see FakeRegistrationService
    }

    enum Kind { RELAPSE, ASSISTANCE, EXIT, REPORTING, AUDIT }

    /** One call: which service, who, on which business date, what. */
    record Call(Kind service, String client, LocalDate businessDate, String method, String path, JsonNode body) {
        @Override
        public String toString() {
            return service + " " + client + " " + businessDate + " " + method + " " + path;
        }
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern HOUSEHOLD = Pattern.compile("/api/households/([^/]+)/(.+)");
    private static final Pattern EXIT = Pattern.compile("/api/household-exits/([^/]+)(/.*)?");
    private static final Pattern CASE = Pattern.compile("/api/relapse-cases/([^/]+)(/.*)?");

    private final ObjectMapper mapper = new ObjectMapper();
    private final FakeRegistrationService registration;
    private final Map<Kind, HttpServer> servers = new LinkedHashMap<>();
    final Map<Kind, Integer> offsets = new LinkedHashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> problems = new CopyOnWriteArrayList<>();

    // assistance
    final Map<String, String> cadreOf = new LinkedHashMap<>();
    final Map<String, Set<YearMonth>> signedMonths = new LinkedHashMap<>();
    // exit
    final Map<String, String> exitHousehold = new LinkedHashMap<>();
    final Map<String, Integer> exitNoticeOpenedAt = new LinkedHashMap<>();
    final Map<String, LocalDate> exitedOn = new LinkedHashMap<>();
    final List<String> villageExits = new ArrayList<>();
    final List<String> countyExits = new ArrayList<>();
    // relapse
    final Map<String, String> caseHousehold = new LinkedHashMap<>();
    final Map<String, String> caseStatus = new LinkedHashMap<>();
    final Map<String, String> caseStep = new LinkedHashMap<>();
    final Map<String, Integer> caseNoticeOpenedAt = new LinkedHashMap<>();

    FakeDemoServices(FakeRegistrationService registration) throws IOException {
        this.registration = registration;
        for (Kind kind : Kind.values()) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> handle(kind, exchange));
            server.start();
            servers.put(kind, server);
            offsets.put(kind, 0);
        }
    }

    URI uri(Kind kind) {
        return URI.create("http://127.0.0.1:" + servers.get(kind).getAddress().getPort());
    }

    /** The six services in DemoTime's order: registration, relapse, assistance, exit, reporting, audit. */
    DemoDataSet.Services services() {
        return new DemoDataSet.Services(registration.uri(), uri(Kind.RELAPSE), uri(Kind.ASSISTANCE), uri(Kind.EXIT),
                uri(Kind.REPORTING), uri(Kind.AUDIT));
    }

    LocalDate businessDate(Kind kind) {
        return LocalDate.ofInstant(FakeRegistrationService.BUSINESS_EPOCH.plus(Duration.ofDays(offsets.get(kind))), CHINA);
    }

    List<Call> calls(Kind kind) {
        return calls.stream().filter(c -> c.service() == kind).toList();
    }

    @Override
    public void close() {
        servers.values().forEach(server -> server.stop(0));
    }

    private synchronized void handle(Kind kind, HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body = text.isBlank() ? mapper.createObjectNode() : mapper.readTree(text);
            String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            String client = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            if (path.startsWith("/api/demo-clock")) {
                if (method.equals("POST")) {
                    offsets.merge(kind, body.get("days").asInt(), Integer::sum);
                }
                send(exchange, 200, FakeRegistrationService.clockAnswer(offsets.get(kind)));
                return;
            }
            calls.add(new Call(kind, client, businessDate(kind), method, path, body));
            switch (kind) {
                case ASSISTANCE -> assistance(exchange, method, path, body);
                case EXIT -> exit(exchange, client, method, path, body);
                case RELAPSE -> relapse(exchange, method, path, body);
                case REPORTING -> send(exchange, path.endsWith("/close") ? 200 : 201, Map.of("snapshot", Map.of("hash", "h")));
                case AUDIT -> send(exchange, 404, Map.of("status", 404));
            }
        } catch (RuntimeException e) {
            problems.add(kind + ": " + e.getMessage());
            send(exchange, 500, Map.of("status", 500, "detail", String.valueOf(e.getMessage())));
        } finally {
            exchange.close();
        }
    }

    private void assistance(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        Matcher m = HOUSEHOLD.matcher(path);
        if (path.equals("/api/households/unpaired")) {
            List<Map<String, String>> unpaired = registered().stream().filter(id -> !cadreOf.containsKey(id))
                    .map(id -> Map.of("householdId", id)).toList();
            send(exchange, 200, unpaired);
        } else if (m.matches() && m.group(2).equals("pairings")) {
            cadreOf.put(m.group(1), body.get("cadreId").asText());
            send(exchange, 204, null);
        } else if (m.matches() && m.group(2).equals("income/entries")) {
            YearMonth month = YearMonth.parse(body.get("month").asText());
            if (!month.isBefore(YearMonth.from(businessDate(Kind.ASSISTANCE)))) {
                problem(exchange, 400, "MONTH_IN_FUTURE", month + " is not over on " + businessDate(Kind.ASSISTANCE));
                return;
            }
            send(exchange, 201, Map.of("entryId", month + ".1"));
        } else if (m.matches() && m.group(2).startsWith("income/entries/") && body.path("signatory").asText().equals("HOUSEHOLD_HEAD")) {
            YearMonth month = YearMonth.parse(m.group(2).substring("income/entries/".length(), "income/entries/".length() + 7));
            signedMonths.computeIfAbsent(m.group(1), id -> new LinkedHashSet<>()).add(month);
            send(exchange, 204, null);
        } else if (m.matches() && m.group(2).matches("income/\\d{4}")) {
            send(exchange, 200, Map.of("yearly", Map.of("netIncomePerHead", "4300.00")));
        } else {
            send(exchange, method.equals("POST") && !path.contains("/signatures") ? 201 : 204, null);
        }
    }

    private void exit(HttpExchange exchange, String client, String method, String path, JsonNode body) throws IOException {
        Matcher h = HOUSEHOLD.matcher(path);
        Matcher e = EXIT.matcher(path);
        if (h.matches() && h.group(2).equals("exit-facts")) {
            String id = h.group(1);
            Map<String, Object> incomes = new LinkedHashMap<>();
            signedMonths.getOrDefault(id, Set.of()).stream().map(YearMonth::getYear).distinct().forEach(year ->
                    incomes.put(String.valueOf(year), Map.of("monthsCounted",
                            signedMonths.get(id).stream().filter(ym -> ym.getYear() == year).count())));
            send(exchange, 200, Map.of("status", "REGISTERED", "incomes", incomes,
                    "pairedCadres", cadreOf.containsKey(id) ? List.of(cadreOf.get(id)) : List.of()));
        } else if (path.equals("/api/household-exits")) {
            String id = body.get("householdId").asText();
            String village = registration.households.get(id).villageCode;
            require(client.equals("officer-township-" + village.substring(0, 9) + "000"), client + " assessed " + village);
            String exitId = "exit-" + (exitHousehold.size() + 1);
            exitHousehold.put(exitId, id);
            send(exchange, 201, Map.of("id", exitId));
        } else if (e.matches() && "/notice".equals(e.group(2))) {
            exitNoticeOpenedAt.put(e.group(1), offsets.get(Kind.EXIT));
            send(exchange, 204, null);
        } else if (e.matches() && "/cancellation".equals(e.group(2))) {
            if (offsets.get(Kind.EXIT) < exitNoticeOpenedAt.get(e.group(1)) + 7) {
                problem(exchange, 409, "NOTICE_PERIOD_NOT_ELAPSED", "notice runs");
                return;
            }
            LocalDate on = LocalDate.parse(body.get("exitedOn").asText());
            require(!on.isAfter(businessDate(Kind.EXIT)), "exited on " + on + " after " + businessDate(Kind.EXIT));
            exitedOn.put(exitHousehold.get(e.group(1)), on);
            send(exchange, 200, Map.of("exited", true));
        } else if (e.matches() && e.group(2) == null && method.equals("GET")) {
            send(exchange, 200, Map.of("status", exitedOn.containsKey(exitHousehold.get(e.group(1))) ? "EXITED" : "ON_NOTICE"));
        } else if (path.startsWith("/api/divisions/")) {
            send(exchange, 200, incidence(path.split("/")[3]));
        } else if (path.equals("/api/village-exits")) {
            String village = body.get("villageCode").asText();
            require((Boolean) incidence(village).get("belowThreshold"), "village " + village + " not below");
            villageExits.add(village);
            send(exchange, 201, Map.of("id", "village-exit-" + village));
        } else if (path.equals("/api/county-exits")) {
            String county = body.get("countyCode").asText();
            require(client.equals("city-officer"), client + " assessed a county exit");
            require((Boolean) incidence(county).get("belowThreshold"), "county " + county + " not below");
            countyExits.add(county);
            send(exchange, 201, Map.of("id", "county-exit-" + county));
        } else {
            send(exchange, method.equals("POST") && !path.contains("/signatures") ? 201 : 204, null);
        }
    }

    /** As the exit service: registered people not exited over surveyed people, below 3%. */
    private Map<String, Object> incidence(String division) {
        int population = 0;
        int poor = 0;
        for (FakeRegistrationService.Household household : registration.households.values()) {
            if (!household.villageCode.startsWith(division)) {
                continue;
            }
            population += household.people;
            if (household.steps.contains("COUNTY_ANNOUNCEMENT") && !exitedOn.containsKey(household.id)) {
                poor += household.people;
            }
        }
        return Map.of("divisionCode", division, "ruralPopulation", population, "poorPeople", poor,
                "incidencePercent", population == 0 ? 0 : 100.0 * poor / population, "thresholdPercent", 3,
                "belowThreshold", population > 0 && poor * 100 < 3 * population);
    }

    private void relapse(HttpExchange exchange, String method, String path, JsonNode body) throws IOException {
        Matcher h = HOUSEHOLD.matcher(path);
        Matcher c = CASE.matcher(path);
        if (h.matches() && h.group(2).equals("relapse-status")) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("householdId", h.group(1));
            status.put("exitId", exitedOn.containsKey(h.group(1)) ? "exit-of-" + h.group(1) : null);
            send(exchange, 200, status);
        } else if (path.equals("/api/relapse-policies")) {
            send(exchange, 201, Map.of("version", 1));
        } else if (path.equals("/api/relapse-cases")) {
            String id = body.get("householdId").asText();
            if (!exitedOn.containsKey(id) || caseHousehold.entrySet().stream().anyMatch(e -> e.getValue().equals(id)
                    && List.of("OPEN", "APPROVED").contains(caseStatus.get(e.getKey())))) {
                problem(exchange, 409, "CASE_ALREADY_OPEN", "household " + id + " has a case or has not exited");
                return;
            }
            String caseId = "case-" + (caseHousehold.size() + 1);
            caseHousehold.put(caseId, id);
            caseStatus.put(caseId, "OPEN");
            caseStep.put(caseId, "HOME_VERIFICATION");
            send(exchange, 201, Map.of("caseId", caseId));
        } else if (c.matches() && method.equals("GET")) {
            send(exchange, 200, Map.of("status", caseStatus.get(c.group(1)), "expectedStep", caseStep.get(c.group(1))));
        } else if (c.matches()) {
            String caseId = c.group(1);
            switch (c.group(2)) {
                case "/home-verification" -> caseStep.put(caseId, "VILLAGE_DELIBERATION");
                case "/village-deliberation" -> {
                    LocalDate heldOn = LocalDate.parse(body.get("meeting").get("heldOn").asText());
                    require(!heldOn.isAfter(businessDate(Kind.RELAPSE)), "meeting on " + heldOn + " in the future");
                    caseStep.put(caseId, "TOWNSHIP_REVIEW_AND_NOTICE");
                }
                case "/township-review" -> caseNoticeOpenedAt.put(caseId, offsets.get(Kind.RELAPSE));
                case "/notice-completion" -> {
                    if (offsets.get(Kind.RELAPSE) < caseNoticeOpenedAt.get(caseId) + 7) {
                        problem(exchange, 409, "NOTICE_NOT_OVER", "notice runs");
                        return;
                    }
                    caseStep.put(caseId, "COUNTY_APPROVAL");
                }
                case "/approval" -> caseStatus.put(caseId, "APPROVED");
                case "/rejection" -> caseStatus.put(caseId, "REJECTED");
                case "/withdrawal" -> caseStatus.put(caseId, "WITHDRAWN");
                default -> {
                }
            }
            if (c.group(2).equals("/objections")) {
                send(exchange, 201, Map.of("objectionId", "objection-1"));
            } else {
                send(exchange, 204, null);
            }
        } else {
            send(exchange, 404, Map.of("status", 404));
        }
    }

    private List<String> registered() {
        return registration.households.values().stream().filter(h -> h.steps.contains("COUNTY_ANNOUNCEMENT"))
                .map(h -> h.id).toList();
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    private void problem(HttpExchange exchange, int status, String code, String detail) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(Map.of("status", status, "code", code, "detail", detail));
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

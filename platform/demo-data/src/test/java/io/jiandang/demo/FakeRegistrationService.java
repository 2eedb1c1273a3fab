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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the registration service and the token issuer, on one local port, keeping just enough
 * state to answer the demo loader as the REST contract says and to record what the loader did. It checks
 * that each call is made by the right demo client (by the token it handed out).
 */
final class FakeRegistrationService implements AutoCloseable {

    static final class Household {
        final String id;
        final String villageCode;
        final int people;
        final double score;
        final List<String> idNumbers = new ArrayList<>();
        final List<String> steps = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        /** Business-clock offset (days) at which each notice was opened, by step. */
        final Map<String, Integer> noticeOpenedAtOffset = new LinkedHashMap<>();
        String rejectedReason;
        String vetoCode;
        String vetoEvidence;

        Household(String id, String villageCode, int people, double score) {
            this.id = id;
            this.villageCode = villageCode;
            this.people = people;
            this.score = score;
        }
    }

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY every answer waits for a
        // delayed ACK (about 40 ms), which would make these tests take minutes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Pattern HOUSEHOLD_PATH = Pattern.compile("/api/households/([^/]+)/(registration-steps|notices|vetoes)");
    private static final Pattern CUT_OFF_PATH = Pattern.compile("/api/identification-rounds/([^/]+)/cut-off");
    private static final Pattern ROUND_PATH = Pattern.compile("/api/identification-rounds/([^/]+)");

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    final Map<String, String> clientsByToken = new ConcurrentHashMap<>();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final Map<String, Household> households = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    final List<String> candidates = new ArrayList<>();
    final AtomicInteger noticeRefusals = new AtomicInteger();
    boolean policyExists;
    /** The business clock: days ahead of the real one; a notice passes once its period has elapsed on it. */
    int clockOffsetDays;
    boolean clockAdjustable = true;
    final List<Integer> clockAdvances = new ArrayList<>();
    int noticePeriodDays = DemoPolicy.NOTICE_PERIOD_DAYS;
    boolean rejectIdNumbers;
    /** The real service lists the candidates in the cut-off answer; the loader also copes with a count. */
    boolean cutOffListsCandidates = true;
    boolean roundListsCandidates = true;
    /** How many procedure requests are refused with NOT_A_CANDIDATE before the nomination "arrives". */
    int nominationLagRequests;
    int povertyScale;
    /** The county of the last identification round: its cut-off ranks that county's households only. */
    String roundCounty;
    JsonNode publishedPolicy;

    FakeRegistrationService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/oauth2/token")) {
                token(exchange, body);
                return;
            }
            String client = clientsByToken.get(exchange.getRequestHeaders().getFirst("Authorization").substring(7));
            if (client == null) {
                problem(exchange, 401, null, "no token");
                return;
            }
            JsonNode json = body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
            Matcher m;
            if (path.startsWith("/api/demo-clock")) {
                demoClock(exchange, client, method, path, json);
            } else if (method.equals("GET") && path.equals("/api/registration-policies/current")) {
                send(exchange, 200, Map.of("version", 1, "noticePeriodDays", noticePeriodDays));
            } else if (method.equals("POST") && path.equals("/api/registration-policies")) {
                require(client.equals("policy-admin"), client + " published a policy");
                if (policyExists) {
                    problem(exchange, 409, "POLICY_VERSION_EXISTS", "version 1 exists");
                    return;
                }
                publishedPolicy = json;
                policyExists = true;
                noticePeriodDays = json.get("noticePeriodDays").asInt();
                send(exchange, 201, Map.of("version", 1));
            } else if (method.equals("POST") && path.equals("/api/households")) {
                survey(exchange, client, json);
            } else if (method.equals("POST") && path.equals("/api/identification-rounds")) {
                require(client.equals("officer-county-" + json.get("countyCode").asText()), client + " opened a round");
                povertyScale = json.get("povertyScale").asInt();
                roundCounty = json.get("countyCode").asText();
                send(exchange, 201, Map.of("roundId", "round-1"));
            } else if (method.equals("POST") && (m = CUT_OFF_PATH.matcher(path)).matches()) {
                cutOff(exchange);
            } else if (method.equals("GET") && (m = ROUND_PATH.matcher(path)).matches() && roundListsCandidates) {
                send(exchange, 200, Map.of("roundId", m.group(1), "candidateHouseholds", candidates));
            } else if (method.equals("POST") && (m = HOUSEHOLD_PATH.matcher(path)).matches()) {
                procedure(exchange, client, households.get(m.group(1)), m.group(2), json);
            } else {
                problem(exchange, 404, null, method + " " + path);
            }
        } catch (RuntimeException e) {
            problems.add(String.valueOf(e.getMessage()));
            problem(exchange, 500, null, String.valueOf(e.getMessage()));
        } finally {
            exchange.close();
        }
    }

    private void token(HttpExchange exchange, String form) throws IOException {
        tokenRequests.incrementAndGet();
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String[] credentials = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
        require(form.equals("grant_type=client_credentials"), "grant " + form);
        if (!credentials[1].equals("demo")) {
            send(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        String token = "eyJfake." + Base64.getUrlEncoder().withoutPadding().encodeToString(credentials[0].getBytes(StandardCharsets.UTF_8))
                + "." + clientsByToken.size();
        clientsByToken.put(token, credentials[0]);
        send(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", 300));
    }

    private void survey(HttpExchange exchange, String client, JsonNode json) throws IOException {
        String village = json.get("villageCode").asText();
        require(client.equals("officer-village-" + village), client + " surveyed in " + village);
        if (rejectIdNumbers) {
            String idNumber = json.get("members").get(0).get("idNumber").asText();
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            send(exchange, 400, Map.of("type", "about:blank", "title", "Invalid household", "status", 400,
                    "detail", "members[0].idNumber " + idNumber + " fails the check digit",
                    "errors", List.of(Map.of("field", "members[0].idNumber", "rule", "GB11643_CHECK_DIGIT",
                            "message", "check digit"))));
            return;
        }
        for (JsonNode member : json.get("members")) {
            if (households.values().stream().anyMatch(h -> h.idNumbers.contains(member.get("idNumber").asText()))) {
                problem(exchange, 409, "PERSON_ALREADY_REGISTERED", "a member is in another household");
                return;
            }
        }
        double score = 0;
        require(json.get("answers").size() == publishedPolicy.get("indicators").size(), "answers for other items");
        for (JsonNode indicator : publishedPolicy.get("indicators")) {
            JsonNode answer = json.get("answers").get(indicator.get("item").asText());
            require(answer != null && answer.asDouble() >= 0 && answer.asDouble() <= 1, "answer is a degree 0..1");
            score += indicator.get("weight").asDouble() * answer.asDouble();
        }
        String id = "h-" + (households.size() + 1);
        Household household = new Household(id, village, json.get("members").size(), score);
        json.get("members").forEach(m -> household.idNumbers.add(m.get("idNumber").asText()));
        households.put(id, household);
        exchange.getResponseHeaders().add("Location", "/api/households/" + id);
        send(exchange, 201, Map.of("householdId", id, "score", score, "policyVersion", 1));
    }

    /** The contract's rule: the line whose households at or below it hold the people closest to the scale. */
    private void cutOff(HttpExchange exchange) throws IOException {
        List<Household> byScore = new ArrayList<>(households.values().stream()
                .filter(h -> roundCounty == null || h.villageCode.startsWith(roundCounty)).toList());
        byScore.sort(Comparator.comparingDouble(h -> h.score));
        int people = 0;
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < byScore.size(); i++) {
            people += byScore.get(i).people;
            if (Math.abs(people - povertyScale) < bestDistance) {
                bestDistance = Math.abs(people - povertyScale);
                best = i;
            }
        }
        double line = byScore.get(best).score;
        int candidatePeople = 0;
        for (Household household : byScore) {
            if (household.score <= line) {
                candidates.add(household.id);
                candidatePeople += household.people;
            }
        }
        send(exchange, 200, Map.of("cutOffScore", line,
                "candidateHouseholds", cutOffListsCandidates ? candidates : candidates.size(),
                "candidatePeople", candidatePeople));
    }

    private void procedure(HttpExchange exchange, String client, Household household, String action, JsonNode json)
            throws IOException {
        require(household != null && candidates.contains(household.id), "not a candidate");
        if (nominationLagRequests > 0) {
            nominationLagRequests--;
            problem(exchange, 409, "NOT_A_CANDIDATE", "not nominated yet");
            return;
        }
        switch (action) {
            case "vetoes" -> {
                require(client.startsWith("officer-county-") || client.startsWith("officer-township-"), client + " vetoed");
                household.vetoCode = json.get("vetoCode").asText();
                household.vetoEvidence = json.get("evidence").asText();
                send(exchange, 201, Map.of());
            }
            case "notices" -> {
                RegistrationStep step = RegistrationStep.valueOf(json.get("step").asText());
                requireOfficer(client, step, household);
                require(step.isNotice() && household.steps.size() == step.ordinal(), "notice out of order");
                household.notices.add(step.name());
                household.noticeOpenedAtOffset.put(step.name(), clockOffsetDays);
                send(exchange, 201, Map.of());
            }
            default -> {
                RegistrationStep step = RegistrationStep.valueOf(json.get("step").asText());
                requireOfficer(client, step, household);
                require(household.vetoCode == null && household.rejectedReason == null, "procedure after its end");
                if (household.steps.size() != step.ordinal()) {
                    problem(exchange, 409, "STEP_OUT_OF_ORDER", step.name());
                    return;
                }
                boolean passed = json.get("outcome").asText().equals("PASSED");
                if (step.isNotice() && passed) {
                    require(household.notices.contains(step.name()), "notice not opened");
                    if (clockOffsetDays - household.noticeOpenedAtOffset.get(step.name()) < noticePeriodDays) {
                        noticeRefusals.incrementAndGet();
                        problem(exchange, 409, "NOTICE_PERIOD_NOT_ELAPSED", "7 days");
                        return;
                    }
                }
                if (passed) {
                    household.steps.add(step.name());
                } else {
                    require(json.hasNonNull("reason"), "rejected without a reason");
                    household.rejectedReason = json.get("reason").asText();
                }
                send(exchange, 201, Map.of());
            }
        }
    }

    /** {@code /api/demo-clock} as the business-clock module answers it (404 when the clock is not adjustable). */
    private void demoClock(HttpExchange exchange, String client, String method, String path, JsonNode json)
            throws IOException {
        if (!clockAdjustable) {
            problem(exchange, 404, null, "no such resource");
            return;
        }
        if (method.equals("POST") && path.equals("/api/demo-clock/advance")) {
            require(client.equals("policy-admin"), client + " moved the clock");
            int days = json.get("days").asInt();
            require(days >= 1, "moved the clock by " + days + " days");
            clockAdvances.add(days);
            clockOffsetDays += days;
        } else {
            require(method.equals("GET") && path.equals("/api/demo-clock"), method + " " + path);
        }
        send(exchange, 200, clockAnswer(clockOffsetDays));
    }

    static Map<String, Object> clockAnswer(int offsetDays) {
        return Map.of("now", BUSINESS_EPOCH.plus(java.time.Duration.ofDays(offsetDays)).toString(),
                "offset", java.time.Duration.ofDays(offsetDays).toString());
    }

    /** The fake services' business time with offset zero. */
    static final java.time.Instant BUSINESS_EPOCH = java.time.Instant.parse("2026-11-28T08:00:00Z");

    private void requireOfficer(String client, RegistrationStep step, Household household) {
        String expected = switch (step.level()) {
            case VILLAGE -> "officer-village-" + household.villageCode;
            case TOWNSHIP -> "officer-township-" + household.villageCode.substring(0, 9) + "000";
            case COUNTY -> "officer-county-" + household.villageCode.substring(0, 6);
            default -> "?";
        };
        require(client.equals(expected), client + " acted at " + step);
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    private void problem(HttpExchange exchange, int status, String code, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("status", status);
        problem.put("detail", detail);
        if (code != null) {
            problem.put("code", code);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        send(exchange, status, problem);
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

package io.jiandang.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiandang.demo.DemoMember;
import io.jiandang.demo.DemoPolicy;
import io.jiandang.demo.ApiProblemException;
import io.jiandang.demo.JsonHttp;
import io.jiandang.demo.RegistrationStep;
import io.jiandang.demo.Tokens;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration service's public REST API as the simulator uses it: like the demo's RegistrationApi, but every
 * command carries its business date ({@code effectiveOn}) in the simulated year. Each call is made as the officer
 * (client of the identity provider) whose level and division the rule asks for.
 */
public class RegistrationClient {

    /** A survey's answer. */
    public record Surveyed(String householdId, double score) {
    }

    /** The cut-off of a county's identification round. */
    public record CutOff(double cutOffScore, List<String> candidateHouseholds, long candidatePeople) {
    }

    private final JsonHttp http;
    private final Tokens tokens;
    private final String base;

    public RegistrationClient(JsonHttp http, Tokens tokens, URI registration) {
        this.http = http;
        this.tokens = tokens;
        String text = registration.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public void publishPolicy(String clientId, LocalDate effectiveOn) {
        DemoPolicy.Policy policy = DemoPolicy.policy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", policy.version());
        body.put("indicators", policy.indicators());
        body.put("vetoRules", policy.vetoRules());
        body.put("noticePeriodDays", policy.noticePeriodDays());
        body.put("effectiveOn", effectiveOn.toString());
        post(clientId, "/api/registration-policies", body, null);
    }

    /** The body of {@code POST /api/households} for a household (also used by the benchmark's load driver). */
    public static Map<String, Object> surveyBody(SimulatedHousehold household, LocalDate effectiveOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageCode", household.villageCode());
        List<Map<String, Object>> members = new ArrayList<>();
        for (DemoMember member : household.members()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", member.name());
            m.put("idNumber", member.idNumber());
            m.put("relationToHead", member.relationToHead().name());
            members.add(m);
        }
        body.put("members", members);
        body.put("answers", household.answers());
        body.put("causes", household.causes());
        body.put("areas", household.areas());
        if (effectiveOn != null) {
            body.put("effectiveOn", effectiveOn.toString());
        }
        return body;
    }

    public Surveyed survey(String clientId, SimulatedHousehold household, LocalDate effectiveOn, String correlationId) {
        JsonHttp.Response response = post(clientId, "/api/households", surveyBody(household, effectiveOn), correlationId);
        String id = response.body().path("householdId").asText(null);
        if (id == null && response.location() != null) {
            id = response.location().substring(response.location().lastIndexOf('/') + 1);
        }
        if (id == null) {
            throw new IllegalStateException("POST /api/households answered without a householdId");
        }
        return new Surveyed(id, response.body().path("score").asDouble(Double.NaN));
    }

    public String openRound(String clientId, String countyCode, int year, long povertyScale, LocalDate effectiveOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("countyCode", countyCode);
        body.put("year", year);
        body.put("povertyScale", povertyScale);
        body.put("effectiveOn", effectiveOn.toString());
        JsonNode answer = post(clientId, "/api/identification-rounds", body, null).body();
        if (!answer.hasNonNull("roundId")) {
            throw new IllegalStateException("POST /api/identification-rounds answered without a roundId");
        }
        return answer.get("roundId").asText();
    }

    public CutOff computeCutOff(String clientId, String roundId, LocalDate effectiveOn) {
        JsonNode answer = post(clientId, "/api/identification-rounds/" + roundId + "/cut-off",
                Map.of("effectiveOn", effectiveOn.toString()), null).body();
        List<String> candidates = new ArrayList<>();
        answer.path("candidateHouseholds").forEach(node -> candidates.add(node.asText()));
        return new CutOff(answer.path("cutOffScore").asDouble(Double.NaN), candidates,
                answer.path("candidatePeople").asLong(-1));
    }

    public void passStep(String clientId, String householdId, RegistrationStep step, String remark, LocalDate effectiveOn,
                         String correlationId) {
        recordStep(clientId, householdId, step, true, remark, effectiveOn, correlationId);
    }

    /** Records a step's outcome: passed, or rejected (the household leaves the procedure) with the reason. */
    public void recordStep(String clientId, String householdId, RegistrationStep step, boolean passed, String remark,
                           LocalDate effectiveOn, String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step.name());
        body.put("outcome", passed ? "PASSED" : "REJECTED");
        body.put("reason", remark);
        body.put("effectiveOn", effectiveOn.toString());
        post(clientId, "/api/households/" + householdId + "/registration-steps", body, correlationId);
    }

    public void openNotice(String clientId, String householdId, RegistrationStep step, LocalDate effectiveOn,
                           String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step.name());
        body.put("effectiveOn", effectiveOn.toString());
        post(clientId, "/api/households/" + householdId + "/notices", body, correlationId);
    }

    /**
     * Whether the read model shows the household yet (GET /api/households/{id}: a lookup by key, where a village's
     * list is a scan of the collection on the MongoDB wire server).
     */
    public boolean showsHousehold(String clientId, String householdId) {
        try {
            http.send("GET", URI.create(base + "/api/households/" + householdId), null,
                    Map.of("Authorization", tokens.authorizationFor(clientId)));
            return true;
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    private JsonHttp.Response post(String clientId, String path, Object body, String correlationId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", tokens.authorizationFor(clientId));
        if (correlationId != null) {
            headers.put("X-Correlation-Id", correlationId);
        }
        return http.send("POST", URI.create(base + path), body, headers);
    }
}

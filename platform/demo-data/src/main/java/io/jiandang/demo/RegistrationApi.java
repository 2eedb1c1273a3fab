package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration service's public REST API as the demo uses it, each call made as a named demo client.
 * Bodies follow the contract agreed between the services (docs: registration REST contract).
 */
public class RegistrationApi {

    /** What a survey answered: the new household's id and its score. */
    public record Surveyed(String householdId, double score) {
    }

    /** The computed cut-off of an identification round. */
    public record CutOff(double cutOffScore, JsonNode candidateHouseholds, long candidatePeople) {
    }

    private final JsonHttp http;
    private final Tokens tokens;
    private final String base;

    public RegistrationApi(JsonHttp http, Tokens tokens, URI registration) {
        this.http = http;
        this.tokens = tokens;
        String text = registration.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public void publishPolicy(String clientId, DemoPolicy.Policy policy) {
        post(clientId, "/api/registration-policies", policy, null);
    }

    public JsonNode currentPolicy(String clientId) {
        return http.send("GET", uri("/api/registration-policies/current"), null, headers(clientId, null)).body();
    }

    public Surveyed survey(String clientId, DemoHousehold household, String correlationId) {
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
        JsonHttp.Response response = post(clientId, "/api/households", body, correlationId);
        String id = response.body().path("householdId").asText(null);
        if (id == null && response.location() != null) {
            id = response.location().substring(response.location().lastIndexOf('/') + 1);
        }
        if (id == null) {
            throw new IllegalStateException("POST /api/households answered without a householdId");
        }
        return new Surveyed(id, response.body().path("score").asDouble(Double.NaN));
    }

    public String openRound(String clientId, String countyCode, int year, int povertyScale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("countyCode", countyCode);
        body.put("year", year);
        body.put("povertyScale", povertyScale);
        JsonNode answer = post(clientId, "/api/identification-rounds", body, null).body();
        if (!answer.hasNonNull("roundId")) {
            throw new IllegalStateException("POST /api/identification-rounds answered without a roundId");
        }
        return answer.get("roundId").asText();
    }

    public CutOff computeCutOff(String clientId, String roundId) {
        JsonNode answer = post(clientId, "/api/identification-rounds/" + roundId + "/cut-off", null, null).body();
        return new CutOff(answer.path("cutOffScore").asDouble(Double.NaN), answer.path("candidateHouseholds"),
                answer.path("candidatePeople").asLong(-1));
    }

    public JsonNode round(String clientId, String roundId) {
        return http.send("GET", uri("/api/identification-rounds/" + roundId), null, headers(clientId, null)).body();
    }

    public void recordStep(String clientId, String householdId, RegistrationStep step, boolean passed, String reason,
                           String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step.name());
        body.put("outcome", passed ? "PASSED" : "REJECTED");
        if (reason != null) {
            body.put("reason", reason);
        }
        post(clientId, "/api/households/" + householdId + "/registration-steps", body, correlationId);
    }

    public void openNotice(String clientId, String householdId, RegistrationStep step, String correlationId) {
        post(clientId, "/api/households/" + householdId + "/notices", Map.of("step", step.name()), correlationId);
    }

    public void veto(String clientId, String householdId, String vetoCode, String evidence, String correlationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vetoCode", vetoCode);
        body.put("evidence", evidence);
        post(clientId, "/api/households/" + householdId + "/vetoes", body, correlationId);
    }

    private JsonHttp.Response post(String clientId, String path, Object body, String correlationId) {
        return http.send("POST", uri(path), body, headers(clientId, correlationId));
    }

    private Map<String, String> headers(String clientId, String correlationId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", tokens.authorizationFor(clientId));
        if (correlationId != null) {
            headers.put("X-Correlation-Id", correlationId);
        }
        return headers;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}

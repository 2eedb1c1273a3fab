package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relapse service's public REST API as the demo uses it, each call made as a named demo client (the bodies of
 * {@code services/relapse-service}'s OpenAPI document).
 */
public class RelapseApi {

    private final JsonHttp http;
    private final Tokens tokens;
    private final String base;

    public RelapseApi(JsonHttp http, Tokens tokens, URI relapse) {
        this.http = http;
        this.tokens = tokens;
        String text = relapse.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** Publishes the given version of the relapse policy; a version already published is left alone. */
    public void publishPolicy(String clientId, int version, int noticePeriodDays, Map<String, Integer> stepDeadlineDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("noticePeriodDays", noticePeriodDays);
        body.put("stepDeadlineDays", stepDeadlineDays);
        try {
            post(clientId, "/api/relapse-policies", body);
        } catch (ApiProblemException e) {
            if (!e.isConflict("POLICY_VERSION_NOT_NEXT")) {
                throw e;
            }
        }
    }

    public String apply(String clientId, String householdId, List<String> causes, double netIncomePerHead,
                        List<String> evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("householdId", householdId);
        body.put("causes", causes);
        body.put("netIncomePerHead", netIncomePerHead);
        body.put("evidence", evidence);
        JsonNode answer = post(clientId, "/api/relapse-cases", body).body();
        if (!answer.hasNonNull("caseId")) {
            throw new IllegalStateException("POST /api/relapse-cases answered without a caseId");
        }
        return answer.get("caseId").asText();
    }

    public void verify(String clientId, String caseId, String findings, List<String> verifiedBy) {
        post(clientId, cases(caseId) + "/home-verification", Map.of("findings", findings, "verifiedBy", verifiedBy));
    }

    public void deliberate(String clientId, String caseId, String result, LocalDate heldOn, int entitled,
                           int attendees, int votesFor, int votesAgainst) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("heldOn", heldOn.toString());
        meeting.put("entitled", entitled);
        meeting.put("attendees", attendees);
        meeting.put("votesFor", votesFor);
        meeting.put("votesAgainst", votesAgainst);
        post(clientId, cases(caseId) + "/village-deliberation", Map.of("result", result, "meeting", meeting));
    }

    public void reviewAtTownship(String clientId, String caseId, String review) {
        post(clientId, cases(caseId) + "/township-review", Map.of("review", review));
    }

    public String object(String clientId, String caseId, String text) {
        return post(clientId, cases(caseId) + "/objections", Map.of("text", text)).body().path("objectionId").asText();
    }

    public void answerObjection(String clientId, String caseId, String objectionId, boolean upheld, String answer) {
        post(clientId, cases(caseId) + "/objections/" + objectionId + "/answer",
                Map.of("upheld", upheld, "answer", answer));
    }

    public void completeNotice(String clientId, String caseId) {
        post(clientId, cases(caseId) + "/notice-completion", Map.of());
    }

    public void approve(String clientId, String caseId, String decision) {
        post(clientId, cases(caseId) + "/approval", Map.of("decision", decision));
    }

    public void reject(String clientId, String caseId, String step, String reason) {
        post(clientId, cases(caseId) + "/rejection", Map.of("step", step, "reason", reason));
    }

    public void withdraw(String clientId, String caseId, String reason) {
        post(clientId, cases(caseId) + "/withdrawal", Map.of("reason", reason));
    }

    /** Whether the relapse service knows the household as registered and exited (from the topics). */
    public JsonNode relapseStatus(String clientId, String householdId) {
        return http.send("GET", URI.create(base + "/api/households/" + householdId + "/relapse-status"), null,
                Map.of("Authorization", tokens.authorizationFor(clientId))).body();
    }

    public JsonNode relapseCase(String clientId, String caseId) {
        return http.send("GET", uri(cases(caseId)), null, headers(clientId)).body();
    }

    private static String cases(String caseId) {
        return "/api/relapse-cases/" + caseId;
    }

    private JsonHttp.Response post(String clientId, String path, Object body) {
        return http.send("POST", uri(path), body, headers(clientId));
    }

    private Map<String, String> headers(String clientId) {
        return Map.of("Authorization", tokens.authorizationFor(clientId));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}

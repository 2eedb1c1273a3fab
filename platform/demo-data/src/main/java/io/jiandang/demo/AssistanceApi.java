package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The assistance service's public REST API as the demo uses it, each call made as a named demo client. */
public class AssistanceApi {

    private final JsonHttp http;
    private final Tokens tokens;
    private final String base;

    public AssistanceApi(JsonHttp http, Tokens tokens, URI assistance) {
        this.http = http;
        this.tokens = tokens;
        String text = assistance.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public void publishPolicy(String clientId, Map<String, Object> policy) {
        post(clientId, "/api/assistance-policies", policy);
    }

    public void registerCadre(String clientId, String cadreId, String divisionCode, String name, String unit,
                              String kind, String contact) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cadreId", cadreId);
        body.put("divisionCode", divisionCode);
        body.put("name", name);
        body.put("unit", unit);
        body.put("kind", kind);
        body.put("contact", contact);
        post(clientId, "/api/cadres", body);
    }

    /** Registered households of the division without a cadre, by id. */
    public List<String> unpaired(String clientId, String divisionCode, int limit) {
        JsonNode answer = http.send("GET", uri("/api/households/unpaired?division=" + divisionCode + "&limit=" + limit),
                null, headers(clientId)).body();
        List<String> ids = new ArrayList<>();
        answer.forEach(h -> ids.add(h.path("householdId").asText()));
        return ids;
    }

    public void pair(String clientId, String householdId, String cadreId, String reason, String pairedOn) {
        post(clientId, "/api/households/" + householdId + "/pairings",
                Map.of("cadreId", cadreId, "reason", reason, "pairedOn", pairedOn));
    }

    /** Writes a month's entry and answers its id. */
    public String recordIncome(String clientId, String householdId, String month, Map<String, Object> amounts,
                               Object productionCosts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", month);
        body.put("amounts", amounts);
        body.put("productionCosts", productionCosts);
        return post(clientId, "/api/households/" + householdId + "/income/entries", body).body().path("entryId").asText();
    }

    /**
     * Records a card (一户一卡) of several months of {@code year} at once, each month signed by the paired cadre
     * ({@code clientId}) and by the household head (its signed page's reference in the month's
     * {@code evidenceReference}); all months or none. Answers the new entries' ids in the months' order.
     *
     * @param months each with {@code month} (yyyy-MM), {@code amounts}, {@code productionCosts} and
     *               {@code evidenceReference}
     */
    public List<String> recordIncomeCard(String clientId, String householdId, int year, List<Map<String, Object>> months) {
        JsonNode answer = post(clientId, "/api/households/" + householdId + "/income/cards/" + year,
                Map.of("months", months)).body();
        List<String> entryIds = new ArrayList<>();
        answer.path("entryIds").forEach(id -> entryIds.add(id.asText()));
        return entryIds;
    }

    public void sign(String clientId, String householdId, String entryId, String signatory, String evidenceReference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signatory", signatory);
        if (evidenceReference != null) {
            body.put("evidenceReference", evidenceReference);
        }
        post(clientId, "/api/households/" + householdId + "/income/entries/" + entryId + "/signatures", body);
    }

    public void chooseMeasure(String clientId, String householdId, int year, String measure, String detail, String on) {
        post(clientId, "/api/households/" + householdId + "/handbooks/" + year + "/measures",
                Map.of("measure", measure, "detail", detail, "chosenOn", on));
    }

    public void recordAssistance(String clientId, String householdId, int year, String kind, String on, String detail,
                                 Object amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("occurredOn", on);
        body.put("detail", detail);
        if (amount != null) {
            body.put("amount", amount);
        }
        post(clientId, "/api/households/" + householdId + "/handbooks/" + year + "/records", body);
    }

    public JsonNode incomeSheet(String clientId, String householdId, int year) {
        return http.send("GET", uri("/api/households/" + householdId + "/income/" + year), null, headers(clientId)).body();
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

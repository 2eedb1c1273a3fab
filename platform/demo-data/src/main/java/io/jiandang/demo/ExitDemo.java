package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exit part of the demo (精准退出, 五严), through the exit service's REST API: publishes the exit policy,
 * allocates a year's plan, takes registered households that have a year of signed income through assessment,
 * the three signatures and the public notice, cancels them once the notice period is over (the caller moves the
 * services' business clock in between, see DemoTime), and assesses a village exit. The county's incidence is read
 * back so the demo can show a county below the threshold.
 *
 * <p>Every call is made as a named demo client; the service checks roles and jurisdictions as for anyone.
 */
public class ExitDemo {

    /** The demo clients the exit procedure needs (ids of the identity provider's demo users). */
    public record Clients(String policyAdministrator, String townshipOfficer, String teamMember, String cadre,
                          String countyOfficer) {

        /** The standard demo users: the township officer also sits on the verification team. */
        public static Clients standard() {
            return new Clients("policy-admin", "township-officer", "township-officer", "cadre", "county-officer");
        }
    }

    /** A household taken to the notice: its exit id, or why it was refused (criteria not met are normal). */
    public record OnNotice(String householdId, String exitId, String refusal) {
    }

    /** The exit notice's period in the demo's policy (days). */
    public static final int NOTICE_PERIOD_DAYS = 7;

    static final List<String> GUARANTEES = List.of("STABLE_INCOME_SOURCE", "SAFE_HOUSING", "COMPULSORY_EDUCATION",
            "MEDICAL_COVER", "DRINKING_WATER", "ELECTRICITY", "TELEVISION", "ROAD");
    static final List<String> VILLAGE_CRITERIA = List.of("COLLECTIVE_INCOME", "HARDENED_ROAD", "PASSENGER_BUS",
            "WATER_SUPPLY", "POWER_GRID", "BROADBAND", "CLINIC", "CULTURE_ROOM", "SCHOOL", "PARTY_BRANCH", "INDUSTRY");
    static final List<String> COUNTY_CRITERIA = List.of("INCOME_GROWTH", "COUNTY_ROADS", "COUNTY_WATER", "COUNTY_POWER",
            "COUNTY_HOSPITAL", "COUNTY_SCHOOLS", "SOCIAL_SECURITY", "INDUSTRY_PARKS", "POOR_VILLAGES_EXITED");

    private final JsonHttp http;
    private final Tokens tokens;
    private final String base;
    private final Clients clients;

    public ExitDemo(JsonHttp http, Tokens tokens, URI exitService, Clients clients) {
        this.http = http;
        this.tokens = tokens;
        String text = exitService.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.clients = clients;
    }

    /**
     * Publishes exit policy version 1 (2015 and 2016 national lines, 八有一超, 十一有一低于, 九有一低于, 7 days of notice,
     * 2 + 1 years of support, incidence under 3%, the registration policy's veto codes, the eight factors); a policy
     * already published is left as it is.
     */
    public void publishPolicy() {
        publishPolicy(Map.of());
    }

    /**
     * As {@link #publishPolicy()}, with the income lines of further years (yuan per head) for a demo whose business
     * time is after 2016, e.g. {@code 2027 → 4000}.
     */
    public void publishPolicy(Map<Integer, Integer> laterIncomeLines) {
        Map<Integer, Integer> lines = new java.util.TreeMap<>(Map.of(2015, 2855, 2016, 3146));
        lines.putAll(laterIncomeLines);
        publishPolicy(LocalDate.of(2015, 1, 1), lines);
    }

    /**
     * As {@link #publishPolicy()}, in force from {@code effectiveFrom} with exactly these income lines (yuan per
     * head by year), e.g. a simulation of 2014–2016.
     */
    public void publishPolicy(LocalDate effectiveFrom, Map<Integer, Integer> incomeLines) {
        Map<String, Object> policy = new LinkedHashMap<>();
        Map<String, Integer> lines = new java.util.TreeMap<>();
        incomeLines.forEach((year, line) -> lines.put(String.valueOf(year), line));
        policy.put("version", 1);
        policy.put("effectiveFrom", effectiveFrom.toString());
        policy.put("incomeLines", lines);
        policy.put("incomeMonthsRequired", 12);
        policy.put("householdGuarantees", criteria(GUARANTEES));
        policy.put("villageCriteria", criteria(VILLAGE_CRITERIA));
        policy.put("countyCriteria", criteria(COUNTY_CRITERIA));
        policy.put("incidenceThresholdPercent", 3);
        policy.put("noticePeriodDays", NOTICE_PERIOD_DAYS);
        policy.put("trackingYears", 2);
        policy.put("observationYears", 1);
        policy.put("vetoRules", criteria(List.of(DemoPolicy.PUBLIC_FUNDS_EMPLOYEE, DemoPolicy.REGISTERED_COMPANY,
                DemoPolicy.TOWN_PROPERTY, DemoPolicy.CAR_OR_MACHINERY, DemoPolicy.EMPLOYS_LABOUR, DemoPolicy.HIGH_STANDARD_HOUSE)));
        policy.put("planFactors", List.of(
                factor("CUT_OFF_SCORE", 10, true), factor("POVERTY_SCALE", 30, true), factor("INCIDENCE", 15, false),
                factor("RELOCATION_SCALE", 10, true), factor("FARMLAND_AND_FOREST_PER_POOR_PERSON", 10, true),
                factor("RURAL_NET_INCOME_PER_HEAD", 10, true), factor("POVERTY_FUNDS_PER_HEAD", 10, true),
                factor("FISCAL_REVENUE_PER_HEAD", 5, true)));
        try {
            post(clients.policyAdministrator(), "/api/exit-policies", policy);
        } catch (ApiProblemException e) {
            if (!e.isConflict("POLICY_VERSION_NOT_NEXT")) {
                throw e;
            }
        }
    }

    /**
     * Allocates a year's regional target to counties.
     *
     * @param counties each county's indicator values by indicator name (the eight of the factor method)
     */
    public void allocatePlan(int year, int regionalTarget, Map<String, Map<String, Number>> counties) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counties.forEach((code, indicators) -> rows.add(Map.of("countyCode", code, "indicators", indicators)));
        post(clients.policyAdministrator(), "/api/exit-plans", Map.of("year", year, "regionalTarget", regionalTarget,
                "counties", rows));
    }

    /**
     * Assesses each household for the year (every guarantee found met: the demo's verification team is kind), has
     * the household head (recorded by the township officer), the team member and the paired cadre sign, and opens
     * the notice. A household the service refuses (e.g. its income is not above the line) is reported, not fatal.
     */
    public List<OnNotice> takeToNotice(List<String> householdIds, int year) {
        List<OnNotice> result = new ArrayList<>();
        for (String householdId : householdIds) {
            try {
                List<Map<String, Object>> findings = GUARANTEES.stream()
                        .map(code -> Map.<String, Object>of("code", code, "met", true, "note", "demo visit")).toList();
                JsonNode created = post(clients.townshipOfficer(), "/api/household-exits", Map.of("householdId", householdId,
                        "exitYear", year, "guarantees", findings, "verificationTeam", List.of(clients.teamMember()))).body();
                String exitId = created.get("id").asText();
                post(clients.townshipOfficer(), "/api/household-exits/" + exitId + "/signatures",
                        Map.of("signatory", "HOUSEHOLD_HEAD", "evidenceReference", "demo-scan-" + householdId));
                post(clients.teamMember(), "/api/household-exits/" + exitId + "/signatures",
                        Map.of("signatory", "VERIFICATION_TEAM_MEMBER"));
                post(clients.cadre(), "/api/household-exits/" + exitId + "/signatures", Map.of("signatory", "PAIRING_CADRE"));
                post(clients.townshipOfficer(), "/api/household-exits/" + exitId + "/notice", Map.of());
                result.add(new OnNotice(householdId, exitId, null));
            } catch (ApiProblemException e) {
                result.add(new OnNotice(householdId, null, e.code()));
            }
        }
        return result;
    }

    /** Cancels (销号) the exits on notice once the notice period is over, re-checking every veto as not found. */
    public List<JsonNode> cancel(List<OnNotice> onNotice, LocalDate exitedOn, List<String> vetoCodes) {
        List<JsonNode> exits = new ArrayList<>();
        List<Map<String, Object>> checks = vetoCodes.stream()
                .map(code -> Map.<String, Object>of("code", code, "found", false)).toList();
        for (OnNotice notice : onNotice) {
            if (notice.exitId() == null) {
                continue;
            }
            post(clients.countyOfficer(), "/api/household-exits/" + notice.exitId() + "/cancellation",
                    Map.of("exitedOn", exitedOn.toString(), "vetoChecks", checks));
            exits.add(getOnceKnown(clients.countyOfficer(), "/api/household-exits/" + notice.exitId(), "EXIT_NOT_FOUND"));
        }
        return exits;
    }

    /** The veto codes of the demo's exit policy. */
    public static List<String> vetoCodes() {
        return List.of(DemoPolicy.PUBLIC_FUNDS_EMPLOYEE, DemoPolicy.REGISTERED_COMPANY, DemoPolicy.TOWN_PROPERTY,
                DemoPolicy.CAR_OR_MACHINERY, DemoPolicy.EMPLOYS_LABOUR, DemoPolicy.HIGH_STANDARD_HOUSE);
    }

    /** Assesses a village's exit with every "have" met; the service still tests the incidence from the register. */
    public String villageExit(String villageCode, int year) {
        List<Map<String, Object>> findings = VILLAGE_CRITERIA.stream()
                .map(code -> Map.<String, Object>of("code", code, "met", true, "note", "demo inspection")).toList();
        return post(clients.countyOfficer(), "/api/village-exits", Map.of("villageCode", villageCode, "year", year,
                "criteria", findings)).body().get("id").asText();
    }

    /** The same demo acting as other demo clients (e.g. the officer of another township). */
    public ExitDemo as(Clients other) {
        return new ExitDemo(http, tokens, URI.create(base), other);
    }

    /** The clients of the standard demo with the generated officer of {@code townshipCode} assessing and signing. */
    public static Clients townshipClients(String townshipCode) {
        String officer = "officer-township-" + townshipCode;
        return new Clients("policy-admin", officer, officer, "cadre", "county-officer");
    }

    /** What the exit service knows of a household from the register and assistance topics (its local view). */
    public JsonNode exitFacts(String clientId, String householdId) {
        return get(clientId, "/api/households/" + householdId + "/exit-facts");
    }

    /** An exit as the service shows it. */
    public JsonNode householdExit(String clientId, String exitId) {
        return get(clientId, "/api/household-exits/" + exitId);
    }

    /**
     * Assesses a county's exit (贫困县摘帽) as {@code clientId} (a city or region officer) with every one of the nine
     * "haves" met and a passed third-party evaluation; the service tests the incidence from the register.
     */
    public String countyExit(String clientId, String countyCode, int year, LocalDate evaluatedOn) {
        List<Map<String, Object>> findings = COUNTY_CRITERIA.stream()
                .map(code -> Map.<String, Object>of("code", code, "met", true, "note", "demo inspection")).toList();
        Map<String, Object> evaluation = Map.of("evaluator", "广西大学第三方评估组 (demo)", "evaluatedOn",
                evaluatedOn.toString(), "score", 92, "passed", true, "reportReference", "demo-report-" + countyCode + "-" + year);
        return post(clientId, "/api/county-exits", Map.of("countyCode", countyCode, "year", year, "criteria", findings,
                "evaluation", evaluation)).body().get("id").asText();
    }

    /** A village's or county's incidence from the register ({@code belowThreshold} says whether it is under 3%). */
    public JsonNode incidence(String clientId, String divisionCode) {
        return get(clientId, "/api/divisions/" + divisionCode + "/incidence");
    }

    private static List<Map<String, String>> criteria(List<String> codes) {
        return codes.stream().map(code -> Map.of("code", code, "description", code.toLowerCase().replace('_', ' '))).toList();
    }

    private static Map<String, Object> factor(String indicator, int weight, boolean largerShareWhenHigher) {
        return Map.of("indicator", indicator, "weight", weight,
                "direction", largerShareWhenHigher ? "LARGER_SHARE_WHEN_HIGHER" : "SMALLER_SHARE_WHEN_HIGHER");
    }

    private JsonHttp.Response post(String clientId, String path, Object body) {
        return http.send("POST", URI.create(base + path), body, Map.of("Authorization", tokens.authorizationFor(clientId)));
    }

    /**
     * Reads back what a command just changed: the exit views are fed from exit.events, so a read right after the
     * command may not see it yet ({@code notYetCode}); asked again for up to {@link #READ_BACK_PATIENCE}.
     */
    private JsonNode getOnceKnown(String clientId, String path, String notYetCode) {
        long deadline = System.nanoTime() + READ_BACK_PATIENCE.toNanos();
        while (true) {
            try {
                return get(clientId, path);
            } catch (ApiProblemException e) {
                if (!notYetCode.equals(e.code()) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading back " + path, e);
            }
        }
    }

    private static final java.time.Duration READ_BACK_PATIENCE = java.time.Duration.ofMinutes(2);

    private JsonNode get(String clientId, String path) {
        return http.send("GET", URI.create(base + path), null, Map.of("Authorization", tokens.authorizationFor(clientId))).body();
    }
}

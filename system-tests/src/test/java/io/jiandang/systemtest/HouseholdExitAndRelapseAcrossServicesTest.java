package io.jiandang.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.WithInfrastructure;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.COUNTY;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.COUNTY_OFFICER;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.POLICY_ADMIN;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.TOWNSHIP;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.TOWNSHIP_OFFICER;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.VILLAGE;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.VILLAGE_OFFICER;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.advanceBusinessClocks;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.newIdNumber;
import static io.jiandang.systemtest.HouseholdLifeAcrossServicesTest.registered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of one household across the six services, each run from its shipped jar, over HTTP and the real
 * broker: registered (建档立卡) by registration; paired with a cadre (结对帮扶) and given a year of income signed by
 * both sides by assistance; assessed, signed by the three (双认定), put on notice and cancelled (销号) by exit; brought
 * back through the five steps of a relapse case (返贫) by relapse; seen poor again by reporting; and told in
 * recorded order, from all four producing services, by audit's timeline. Every step's event is read back from
 * its topic, and no service logs the head's ID number.
 */
@WithInfrastructure
class HouseholdExitAndRelapseAcrossServicesTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Actor TEAM_MEMBER = new Actor("team-member-1", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, TOWNSHIP);
    static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, DivisionLevel.REGION, "450000");
    static final Actor SUPERVISOR = new Actor("county-supervisor", Role.SUPERVISOR, DivisionLevel.COUNTY, COUNTY);
    static final List<String> GUARANTEES = List.of("STABLE_INCOME_SOURCE", "SAFE_HOUSING", "COMPULSORY_EDUCATION",
            "MEDICAL_COVER", "DRINKING_WATER", "ELECTRICITY", "TELEVISION", "ROAD");
    static final List<String> VETOES = List.of("PUBLIC_FUNDS_EMPLOYEE", "REGISTERED_COMPANY", "URBAN_HOUSE", "MOTOR_VEHICLE");

    static RunningSystem system;
    static ServiceProcess assistance;
    static ServiceProcess exit;
    static ServiceProcess relapse;
    static ServiceProcess reporting;
    static ServiceProcess audit;

    @BeforeAll
    static void theServicesRun() {
        HouseholdLifeAcrossServicesTest.theServicesRun();
        system = HouseholdLifeAcrossServicesTest.system;
        assistance = system.service("assistance");
        exit = system.service("exit");
        relapse = system.service("relapse");
        reporting = system.service("reporting");
        audit = system.service("audit");
    }

    @Test
    void aRegisteredHouseholdExitsAfterAYearOfSignedIncomeRelapsesAndEveryServiceSeesItsLife() {
        String idNumber = newIdNumber();
        String householdId = registered(idNumber);
        // the exit year's twelve months lie in the past of the business clock
        int exitYear = businessToday().getYear() - 1;

        // ---- assistance: policy, cadre, pairing, twelve months signed by the cadre and the household
        HttpResponse<String> policy = Http.post(assistance, "/api/assistance-policies", POLICY_ADMIN, """
                {"version": 1, "effectiveFrom": "2016-01-01", "householdsPerCadre": 5,
                 "thresholds": {"extremeBelow": 30, "specialBelow": 45, "mediumBelow": 60},
                 "standardPerHousehold": {"GENERAL": 3000, "MEDIUM": 5000, "SPECIAL": 8000, "EXTREME": 12000}}
                """);
        assertThat(policy.statusCode()).as(policy.body()).isIn(201, 409);
        String cadreId = "cadre-" + householdId.substring(0, 8);
        Actor cadre = new Actor(cadreId, Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, VILLAGE);
        Http.ok(assistance, "/api/cadres", COUNTY_OFFICER, """
                {"cadreId": "%s", "divisionCode": "%s", "name": "黄帮扶", "unit": "巴马瑶族自治县农业局",
                 "kind": "CIVIL_SERVANT", "contact": "13877005678"}
                """.formatted(cadreId, COUNTY));
        // surveyed is not enough: only a registered household is paired
        patiently("assistance to know the registered household from registration.events").until(() -> {
            HttpResponse<String> summary = Http.get(assistance, "/api/households/" + householdId + "/assistance", COUNTY_OFFICER);
            return summary.statusCode() == 200 && "REGISTERED".equals(Http.json(summary).path("status").asText());
        });
        Http.ok(assistance, "/api/households/" + householdId + "/pairings", COUNTY_OFFICER,
                "{\"cadreId\": \"%s\", \"reason\": \"县农业局定点帮扶\", \"pairedOn\": \"%d-01-02\"}".formatted(cadreId, exitYear));
        for (int month = 1; month <= 12; month++) {
            String ym = "%d-%02d".formatted(exitYear, month);
            String entryId = Http.ok(assistance, "/api/households/" + householdId + "/income/entries", cadre, """
                    {"month": "%s", "amounts": {"WAGES": 1000.00, "PRODUCTION": 300.00}, "productionCosts": 100.00}
                    """.formatted(ym)).get("entryId").asText();
            String signatures = "/api/households/" + householdId + "/income/entries/" + entryId + "/signatures";
            Http.ok(assistance, signatures, cadre, "{\"signatory\": \"CADRE\"}");
            Http.ok(assistance, signatures, cadre,
                    "{\"signatory\": \"HOUSEHOLD_HEAD\", \"evidenceReference\": \"scan:%s/%s/p1\"}".formatted(VILLAGE, ym));
        }
        JsonNode yearly = Http.json(Http.get(assistance, "/api/households/" + householdId + "/income/" + exitYear, COUNTY_OFFICER))
                .get("yearly");
        assertThat(yearly.get("monthsCounted").asInt()).isEqualTo(12);
        // 12 × (1,000 wages + 300 production − 100 costs) for a household of one
        assertThat(yearly.get("netIncomePerHead").decimalValue()).isEqualByComparingTo("14400.00");
        // the publisher sends what was stored a moment later: the topic is read until it holds every step
        patiently("the pairing and the twelve counted months on assistance.events").untilAsserted(() -> {
            List<String> assistanceEvents = Topics.namesOf("assistance.events", householdId);
            assertThat(assistanceEvents).contains("HouseholdPaired", "IncomeEntryRecorded", "IncomeEntrySigned");
            assertThat(assistanceEvents.stream().filter("IncomeEntryCounted"::equals)).hasSize(12);
            assertThat(assistanceEvents).last().isEqualTo("YearlyNetIncomePerHeadChanged");
        });

        // ---- exit: policy, 八有一超 assessment, three signatures, notice, clocks moved past it, 销号
        HttpResponse<String> exitPolicy = Http.post(exit, "/api/exit-policies", POLICY_ADMIN, exitPolicy(exitYear));
        assertThat(exitPolicy.statusCode()).as(exitPolicy.body()).isIn(201, 409);
        patiently("exit to see the household registered, paired and with twelve counted months").until(() -> {
            HttpResponse<String> facts = Http.get(exit, "/api/households/" + householdId + "/exit-facts", TOWNSHIP_OFFICER);
            if (facts.statusCode() != 200) {
                return false;
            }
            JsonNode f = Http.json(facts);
            return "REGISTERED".equals(f.path("status").asText()) && f.path("pairedCadres").toString().contains(cadreId)
                    && f.path("incomes").path(String.valueOf(exitYear)).path("monthsCounted").asInt() == 12;
        });
        String exitId = Http.ok(exit, "/api/household-exits", TOWNSHIP_OFFICER, assessment(householdId, exitYear))
                .get("id").asText();
        String exits = "/api/household-exits/" + exitId;
        Http.ok(exit, exits + "/signatures", TOWNSHIP_OFFICER,
                "{\"signatory\": \"HOUSEHOLD_HEAD\", \"evidenceReference\": \"scan:exit/%s/p1\"}".formatted(exitYear));
        Http.ok(exit, exits + "/signatures", TEAM_MEMBER, "{\"signatory\": \"VERIFICATION_TEAM_MEMBER\"}");
        Http.ok(exit, exits + "/signatures", cadre, "{\"signatory\": \"PAIRING_CADRE\"}");
        Http.ok(exit, exits + "/notice", TOWNSHIP_OFFICER, "{}");
        StringBuilder checks = new StringBuilder();
        VETOES.forEach(v -> checks.append(checks.isEmpty() ? "" : ", ").append("{\"code\": \"%s\", \"found\": false}".formatted(v)));
        String cancellation = "{\"vetoChecks\": [" + checks + "]}";
        HttpResponse<String> early = Http.post(exit, exits + "/cancellation", COUNTY_OFFICER, cancellation);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("NOTICE_PERIOD_NOT_ELAPSED");
        advanceBusinessClocks(8);
        LocalDate exitedOn = businessToday();
        JsonNode cancelled = Http.ok(exit, exits + "/cancellation", COUNTY_OFFICER, cancellation);
        assertThat(cancelled.get("exited").asBoolean()).as(cancelled.toString()).isTrue();
        patiently("the exit's steps on exit.events").untilAsserted(() -> assertThat(Topics.namesOf("exit.events", householdId))
                .containsExactly("HouseholdExitAssessed", "ExitConfirmationSigned", "ExitConfirmationSigned",
                        "ExitConfirmationSigned", "ExitNoticeOpened", "HouseholdExited"));
        JsonNode exited = body(Topics.eventsOf("exit.events", householdId).get(5).data());
        assertThat(exited.get("exitId").asText()).isEqualTo(exitId);
        assertThat(exited.get("exitedOn").asText()).isEqualTo(exitedOn.toString());

        // ---- relapse: policy, the five steps with the notice passed by moving the clocks, approval
        HttpResponse<String> relapsePolicy = Http.post(relapse, "/api/relapse-policies", POLICY_ADMIN, """
                {"version": 1, "noticePeriodDays": 7,
                 "stepDeadlineDays": {"HOME_VERIFICATION": 15, "VILLAGE_DELIBERATION": 15,
                                      "TOWNSHIP_REVIEW_AND_NOTICE": 20, "COUNTY_APPROVAL": 15}}
                """);
        assertThat(relapsePolicy.statusCode()).as(relapsePolicy.body()).isIn(201, 409);
        patiently("relapse to know the household registered and exited").until(() ->
                Http.json(Http.get(relapse, "/api/households/" + householdId + "/relapse-status", COUNTY_OFFICER))
                        .path("eligibleToApply").asBoolean());
        String caseId = Http.ok(relapse, "/api/relapse-cases", VILLAGE_OFFICER, """
                {"householdId": "%s", "causes": ["ILLNESS"], "netIncomePerHead": 2100.00,
                 "evidence": ["doc:hospital-bill-%d"]}
                """.formatted(householdId, exitYear + 1)).get("caseId").asText();
        String cases = "/api/relapse-cases/" + caseId;
        Http.ok(relapse, cases + "/home-verification", TOWNSHIP_OFFICER,
                "{\"findings\": \"入户核验属实: 因病支出增加\", \"verifiedBy\": [\"核验组 韦某\", \"核验组 黄某\"]}");
        Http.ok(relapse, cases + "/village-deliberation", VILLAGE_OFFICER, """
                {"result": "村民代表会议评议通过",
                 "meeting": {"heldOn": "%s", "entitled": 31, "attendees": 27, "votesFor": 25, "votesAgainst": 2}}
                """.formatted(businessToday()));
        Http.ok(relapse, cases + "/township-review", TOWNSHIP_OFFICER, "{\"review\": \"审核通过\"}");
        HttpResponse<String> noticeRunning = Http.post(relapse, cases + "/notice-completion", TOWNSHIP_OFFICER, "{}");
        assertThat(noticeRunning.statusCode()).as(noticeRunning.body()).isEqualTo(409);
        assertThat(noticeRunning.body()).contains("NOTICE_NOT_OVER");
        advanceBusinessClocks(8);
        Http.ok(relapse, cases + "/notice-completion", TOWNSHIP_OFFICER, "{}");
        LocalDate poorAgainFrom = businessToday();
        Http.ok(relapse, cases + "/approval", COUNTY_OFFICER, "{\"decision\": \"县扶贫开发领导小组审定同意\"}");
        // application, home verification, village deliberation, township review and notice, county approval
        patiently("the relapse case's five steps on relapse.events").untilAsserted(() ->
                assertThat(Topics.namesOf("relapse.events", householdId)).containsExactly("RelapseApplied",
                        "RelapseStepPassed", "RelapseStepPassed", "RelapseStepPassed", "RelapseNoticeOpened",
                        "RelapseStepPassed", "RelapseStepPassed", "RelapseApproved"));
        JsonNode approved = body(Topics.eventsOf("relapse.events", householdId).get(7).data());
        assertThat(approved.get("exitId").asText()).isEqualTo(exitId);
        assertThat(approved.get("poorAgainFrom").asText()).isEqualTo(poorAgainFrom.toString());

        // ---- reporting: the village's register now counts a relapsed household (poor again), no exited one. A
        // single household is below the disclosure threshold (5), so the count is shown as null, but the status is
        // there; the registration test's household is the village's other one.
        patiently("reporting's register to show the household poor again").until(() -> {
            JsonNode statistics = Http.json(Http.get(reporting, "/api/statistics?division=" + VILLAGE, SUPERVISOR));
            JsonNode statuses = statistics.path("householdsByStatus");
            return statuses.has("RELAPSED") && !statuses.has("EXITED") && !statuses.has("IN_TRACKING")
                    && statistics.path("relapseCasesByStep").has("APPROVED");
        });

        // ---- audit: the household's timeline holds the facts of the four producing services in recorded order
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        patiently("audit's timeline to hold the relapse approval").until(() -> {
            HttpResponse<String> answer = Http.get(audit, "/api/households/" + householdId + "/timeline", AUDITOR);
            return answer.statusCode() == 200 && answer.body().contains("RelapseApproved");
        });
        JsonNode timeline = Http.json(Http.get(audit, "/api/households/" + householdId + "/timeline", AUDITOR));
        List<String> names = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonNode entry : timeline.get("entries")) {
            names.add(entry.get("name").asText());
            byKind.computeIfAbsent(entry.get("kind").asText(), k -> new ArrayList<>()).add(entry.get("name").asText());
            Instant recordedAt = Instant.parse(entry.get("recordedAt").asText());
            assertThat(recordedAt).as("recorded order at %s", entry.get("name")).isAfterOrEqualTo(previous);
            previous = recordedAt;
        }
        assertThat(byKind.keySet()).containsExactly("registration", "assistance", "exit", "relapse");
        assertThat(names.indexOf("HouseholdRegistered")).isLessThan(names.indexOf("HouseholdPaired"));
        assertThat(names.indexOf("YearlyNetIncomePerHeadChanged")).isLessThan(names.indexOf("HouseholdExitAssessed"));
        assertThat(names.indexOf("HouseholdExited")).isLessThan(names.indexOf("RelapseApplied"));
        assertThat(names).last().isEqualTo("RelapseApproved");

        system.all().forEach(service -> assertThat(service.output()).as(service.name() + " log").doesNotContain(idNumber));
    }

    /** Asynchronous views (read models fed from the topics) are awaited generously: the machine may be loaded. */
    static ConditionFactory patiently(String what) {
        return Awaitility.await(what).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500));
    }

    /** The business date of the services' (moved) clocks, in China. */
    static LocalDate businessToday() {
        JsonNode now = Http.json(Http.get(HouseholdLifeAcrossServicesTest.registration, "/api/demo-clock", POLICY_ADMIN));
        return Instant.parse(now.get("now").asText()).atZone(CHINA).toLocalDate();
    }

    static JsonNode body(byte[] data) {
        try {
            return Http.JSON.readTree(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Version 1: 4,000 yuan a head in the exit year, 12 signed months, 7 days of notice, 2 + 1 years. */
    static String exitPolicy(int exitYear) {
        return """
                {"version": 1, "effectiveFrom": "2016-01-01",
                 "incomeLines": {"%d": 4000, "%d": 4000}, "incomeMonthsRequired": 12,
                 "householdGuarantees": %s,
                 "villageCriteria": [{"code": "COLLECTIVE_INCOME", "description": "有村集体经济收入"}],
                 "countyCriteria": [{"code": "COUNTY_ROADS", "description": "有乡镇通硬化路"}],
                 "incidenceThresholdPercent": 3, "noticePeriodDays": 7, "trackingYears": 2, "observationYears": 1,
                 "vetoRules": %s,
                 "planFactors": [
                   {"indicator": "CUT_OFF_SCORE", "weight": 10, "direction": "LARGER_SHARE_WHEN_HIGHER"},
                   {"indicator": "POVERTY_SCALE", "weight": 30, "direction": "LARGER_SHARE_WHEN_HIGHER"},
                   {"indicator": "INCIDENCE", "weight": 15, "direction": "SMALLER_SHARE_WHEN_HIGHER"},
                   {"indicator": "RELOCATION_SCALE", "weight": 10, "direction": "LARGER_SHARE_WHEN_HIGHER"},
                   {"indicator": "FARMLAND_AND_FOREST_PER_POOR_PERSON", "weight": 10, "direction": "LARGER_SHARE_WHEN_HIGHER"},
                   {"indicator": "RURAL_NET_INCOME_PER_HEAD", "weight": 10, "direction": "LARGER_SHARE_WHEN_HIGHER"},
                   {"indicator": "POVERTY_FUNDS_PER_HEAD", "weight": 10, "direction": "LARGER_SHARE_WHEN_HIGHER"},
                   {"indicator": "FISCAL_REVENUE_PER_HEAD", "weight": 5, "direction": "LARGER_SHARE_WHEN_HIGHER"}]}
                """.formatted(exitYear, exitYear + 1, criteria(GUARANTEES), criteria(VETOES));
    }

    private static String criteria(List<String> codes) {
        return codes.stream().map(c -> "{\"code\": \"%s\", \"description\": \"%s\"}".formatted(c, c))
                .reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
    }

    private static String assessment(String householdId, int exitYear) {
        String findings = GUARANTEES.stream().map(c -> "{\"code\": \"%s\", \"met\": true, \"note\": \"入户核实\"}".formatted(c))
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        return """
                {"householdId": "%s", "exitYear": %d, "guarantees": [%s],
                 "verificationTeam": ["%s", "team-member-2"]}
                """.formatted(householdId, exitYear, findings, TEAM_MEMBER.userId());
    }
}

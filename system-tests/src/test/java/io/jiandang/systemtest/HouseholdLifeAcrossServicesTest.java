package io.jiandang.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.WithInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household's life across the services, each run from its shipped jar as its own process, over HTTP with
 * signed tokens and the real broker in between: surveyed and registered (建档立卡) by the registration service.
 */
@WithInfrastructure
class HouseholdLifeAcrossServicesTest {

    static final String COUNTY = "451227";
    static final String TOWNSHIP = "451227101000";
    static final String VILLAGE = "451227101201";
    static final Actor VILLAGE_OFFICER = new Actor("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, VILLAGE);
    static final Actor TOWNSHIP_OFFICER = new Actor("township-officer", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, TOWNSHIP);
    static final Actor COUNTY_OFFICER = new Actor("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, COUNTY);
    static final Actor POLICY_ADMIN = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
    private static final List<String> STEPS = List.of("FIRST_HOME_VISIT", "VILLAGE_GROUP_DELIBERATION",
            "SECOND_HOME_VISIT", "VILLAGE_REPRESENTATIVES_DELIBERATION", "VILLAGE_PUBLIC_NOTICE", "TOWNSHIP_REVIEW",
            "TOWNSHIP_PUBLIC_NOTICE", "COUNTY_REVIEW", "COUNTY_ANNOUNCEMENT");
    private static final AtomicInteger PERSON = new AtomicInteger(300);
    /** A county has one identification round a year: each registration here opens the next year's. */
    private static final AtomicInteger ROUND_YEAR = new AtomicInteger(2015);

    static RunningSystem system;
    static ServiceProcess registration;

    @BeforeAll
    static void theServicesRun() {
        system = RunningSystem.get();
        registration = system.service("registration");
        HttpResponse<String> published = Http.post(registration, "/api/registration-policies", POLICY_ADMIN, """
                {"version": 1, "noticePeriodDays": 7,
                 "indicators": [
                   {"category": "income", "item": "income_per_head", "weight": 40},
                   {"category": "housing", "item": "housing_safety", "weight": 30},
                   {"category": "labour", "item": "labour_capacity", "weight": 30}],
                 "vetoRules": [
                   {"code": "PUBLIC_FUNDS_EMPLOYEE", "description": "财政供养人员", "blocks": "REGISTRATION_AND_KEEPING"}]}
                """);
        assertThat(published.statusCode()).as(published.body()).isIn(201, 409);
    }

    @Test
    void aHouseholdIsSurveyedAndRegisteredThroughTheNineStepsAndEveryStepIsOnTheTopic() {
        String idNumber = newIdNumber();
        String householdId = registered(idNumber);

        // the county announcement answers once its events are stored; the publisher puts them on Kafka after that
        List<String> names = Awaitility.await("HouseholdRegistered on registration.events").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Topics.namesOf("registration.events", householdId), n -> n.contains("HouseholdRegistered"));
        assertThat(names).startsWith("HouseholdSurveyed", "HouseholdNominatedAsCandidate").endsWith("HouseholdRegistered");
        assertThat(names.stream().filter("RegistrationStepPassed"::equals)).hasSize(9);
        system.all().forEach(service -> assertThat(service.output()).as(service.name() + " log").doesNotContain(idNumber));
    }

    /** Surveys a one-person household, makes it its county's only candidate and takes it through the nine steps. */
    static String registered(String headIdNumber) {
        JsonNode surveyed = Http.ok(registration, "/api/households", VILLAGE_OFFICER, """
                {"villageCode": "%s",
                 "members": [{"name": "韦某", "idNumber": "%s", "relationToHead": "HEAD"}],
                 "answers": {"income_per_head": 0.1, "housing_safety": 0.1, "labour_capacity": 0.1},
                 "causes": ["ILLNESS"], "areas": ["ROCKY_MOUNTAIN"]}
                """.formatted(VILLAGE, headIdNumber));
        String householdId = surveyed.get("householdId").asText();
        // the cut-off ranks the county's households as the read model knows them
        Awaitility.await("the household in the read model").atMost(Duration.ofMinutes(5))
                .until(() -> Http.get(registration, "/api/households/" + householdId, COUNTY_OFFICER).statusCode() == 200);
        String roundId = Http.ok(registration, "/api/identification-rounds", COUNTY_OFFICER,
                "{\"countyCode\": \"%s\", \"year\": %d, \"povertyScale\": 1}".formatted(COUNTY, ROUND_YEAR.incrementAndGet())).get("roundId").asText();
        JsonNode cutOff = Http.ok(registration, "/api/identification-rounds/" + roundId + "/cut-off", COUNTY_OFFICER, "{}");
        assertThat(cutOff.get("candidateHouseholds").toString()).contains(householdId);
        for (String step : STEPS) {
            Actor officer = step.startsWith("VILLAGE") || step.equals("FIRST_HOME_VISIT") ? VILLAGE_OFFICER
                    : step.startsWith("COUNTY") ? COUNTY_OFFICER : TOWNSHIP_OFFICER;
            if (step.endsWith("NOTICE")) {
                Http.ok(registration, "/api/households/" + householdId + "/notices", officer, "{\"step\": \"" + step + "\"}");
                advanceBusinessClocks(8);
            }
            String body = "{\"step\": \"%s\", \"outcome\": \"PASSED\"}".formatted(step);
            // the nomination that follows the cut-off may reach the household a moment later
            HttpResponse<String> passed = Awaitility.await(step).atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Http.post(registration, "/api/households/" + householdId + "/registration-steps",
                            officer, body), response -> !response.body().contains("NOT_A_CANDIDATE"));
            assertThat(passed.statusCode()).as("%s: %s", step, passed.body()).isBetween(200, 299);
        }
        return householdId;
    }

    /** Moves every service's business clock forward together, as the demo does. */
    static void advanceBusinessClocks(int days) {
        system.all().forEach(service -> Http.ok(service, "/api/demo-clock/advance", POLICY_ADMIN, "{\"days\": " + days + "}"));
    }

    /** A fresh, valid GB 11643 number in the county (fictitious persons, one per call). */
    static String newIdNumber() {
        String body = COUNTY + "19700101" + String.format("%03d", PERSON.incrementAndGet() % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}

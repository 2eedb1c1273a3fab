package io.jiandang.reporting.register.application;

import io.jiandang.envelope.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** CloudEvents envelopes as the producing services publish them, for projection tests and end-to-end tests. */
public final class RegisterEvents {

    private RegisterEvents() {
    }

    public static EventEnvelope event(String context, String name, String subject, long sequence, String householdId,
                                      String village, Instant recordedAt, LocalDate effectiveOn, String json) {
        return new EventEnvelope(UUID.randomUUID().toString(), "/jiandang/" + context, "io.jiandang." + context + "." + name,
                subject, recordedAt, sequence, context.equals("registration") ? "Household" : "Aggregate", village,
                new EventEnvelope.ActorStamp("test", "INFORMATION_OFFICER", "VILLAGE", village), "test",
                effectiveOn, json.getBytes(StandardCharsets.UTF_8), householdId);
    }

    public static EventEnvelope surveyed(String household, String village, int people, Instant at, LocalDate on, String... causes) {
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= people; i++) {
            members.append(i > 1 ? "," : "").append("""
                    {"memberId":"%d","nameCipher":"x","idNumberCipher":"y","idFingerprint":"z","relationToHead":"HEAD","birthYear":1970,"sex":"MALE"}""".formatted(i));
        }
        String causeList = String.join(",", java.util.Arrays.stream(causes).map(c -> "\"" + c + "\"").toList());
        return event("registration", "HouseholdSurveyed", household, 0, household, village, at, on, """
                {"householdId":"%s","divisionCode":"%s","members":[%s],"score":0.30,"policyVersion":1,"answers":{},"causes":[%s],"areas":[]}"""
                .formatted(household, village, members, causeList));
    }

    public static EventEnvelope registered(String household, String village, int people, long seq, Instant at, LocalDate on) {
        return event("registration", "HouseholdRegistered", household, seq, household, village, at, on, """
                {"householdId":"%s","divisionCode":"%s","score":0.30,"policyVersion":1,"people":%d}""".formatted(household, village, people));
    }

    public static EventEnvelope removed(String household, String village, long seq, Instant at, LocalDate on) {
        return event("registration", "HouseholdRemoved", household, seq, household, village, at, on, """
                {"householdId":"%s","divisionCode":"%s","reason":"veto found later","vetoCode":"V1","evidence":"e","policyVersion":1}"""
                .formatted(household, village));
    }

    public static EventEnvelope updated(String household, String village, long seq, String cycle, Instant at, LocalDate on) {
        return event("registration", "HouseholdUpdated", household, seq, household, village, at, on, """
                {"householdId":"%s","divisionCode":"%s","cycle":"%s","change":{"kind":"INCOME","netIncomePerHead":2500}}"""
                .formatted(household, village, cycle));
    }

    public static EventEnvelope exited(String household, String village, LocalDate exitedOn, Instant at) {
        return event("exit", "HouseholdExited", "exit-" + household, 0, household, village, at, exitedOn, """
                {"householdId":"%s","divisionCode":"%s","exitId":"exit-%s","exitYear":%d,"exitedOn":"%s","netIncomePerHead":3500,
                 "incomeLine":3146,"criteriaVersion":1,"trackingEndsOn":"%s","observationEndsOn":"%s"}"""
                .formatted(household, village, household, exitedOn.getYear(), exitedOn, exitedOn.plusYears(2).minusDays(1),
                        exitedOn.plusYears(3).minusDays(1)));
    }

    public static EventEnvelope relapse(String name, String caseId, long seq, String household, String village, String extra, Instant at) {
        return event("relapse", name, caseId, seq, household, village, at, null, """
                {"caseId":"%s","householdId":"%s","divisionCode":"%s"%s}""".formatted(caseId, household, village, extra));
    }
}

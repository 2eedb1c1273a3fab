package io.jiandang.audit.asof.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconstructs a household's state as at business date D as known at recorded time T by folding its facts:
 * those recorded at or before T whose business date is on or before D, in business-date order (a later
 * recording of the same date wins: a correction). A retroactive correction therefore changes the state at D
 * only for a T after it was recorded.
 *
 * <p>Rules are registered per event type ({@link #with}); the standard ones cover the registration events, the
 * exit (销号) and the relapse case (返贫). Assistance events are read by convention while their contract is
 * being written: a type whose name ends in {@code Paired} sets the pairing (its body without the household's
 * ids), one ending in {@code PairingEnded} or {@code Unpaired} clears it, and any assistance event with a
 * numeric {@code netIncomePerHead} sets the income. A fact no rule covers is listed as unreconstructed.
 */
public final class HouseholdStateFold {

    public static final String REGISTRATION = "io.jiandang.registration.";
    public static final String EXIT = "io.jiandang.exit.";
    public static final String RELAPSE = "io.jiandang.relapse.";
    public static final String ASSISTANCE = "io.jiandang.assistance.";

    private final Map<String, FactHandler> handlers;

    private HouseholdStateFold(Map<String, FactHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    /** The fold with this rule added (or replacing the type's rule). */
    public HouseholdStateFold with(String type, FactHandler handler) {
        Map<String, FactHandler> more = new HashMap<>(handlers);
        more.put(type, handler);
        return new HouseholdStateFold(more);
    }

    public boolean knows(String type) {
        return handlers.containsKey(type) || conventionFor(type) != null;
    }

    /**
     * @param classThresholds per policy version, the poverty-class thresholds (class name → highest score of the class)
     *                        published at or before T
     */
    public HouseholdState reconstruct(String householdId, List<Fact> facts, LocalDate asOf, Instant knownAt,
                                      Map<Integer, Map<String, BigDecimal>> classThresholds) {
        List<Fact> known = facts.stream()
                .filter(f -> !f.recordedAt().isAfter(knownAt) && !f.businessDate().isAfter(asOf))
                .sorted(Comparator.comparing(Fact::businessDate).thenComparing(Fact::recordedAt).thenComparingLong(Fact::logPosition))
                .toList();
        WorkingState state = new WorkingState();
        for (Fact fact : known) {
            state.division(fact.text("divisionCode"));
            FactHandler handler = handlers.getOrDefault(fact.type(), conventionFor(fact.type()));
            if (handler == null) {
                state.unreconstructed.add(new HouseholdState.UnreconstructedFact(fact.eventId(), fact.type(),
                        fact.businessDate(), fact.recordedAt()));
                continue;
            }
            state.skipped = false;
            handler.apply(state, fact);
            if (!state.skipped) {
                state.applied++;
            }
        }
        return new HouseholdState(householdId, asOf, knownAt, state.divisionCode, state.status,
                List.copyOf(state.members.values()),
                state.members.isEmpty() ? state.people : Integer.valueOf(state.members.size()),
                state.score, state.policyVersion, povertyClass(state, classThresholds), state.netIncomePerHead,
                state.housing, state.causes, state.pairing,
                state.exitedOn == null ? null : new HouseholdState.Exit(state.exitedOn, state.trackingEndsOn,
                        state.observationEndsOn, exitPhase(state, asOf)),
                state.poorAgainFrom, List.copyOf(state.open.values()), List.copyOf(state.unreconstructed), state.applied);
    }

    private static String exitPhase(WorkingState state, LocalDate asOf) {
        if (state.trackingEndsOn != null && !asOf.isAfter(state.trackingEndsOn)) {
            return "TRACKING";
        }
        if (state.observationEndsOn != null && !asOf.isAfter(state.observationEndsOn)) {
            return "OBSERVATION";
        }
        return "DONE";
    }

    static String povertyClass(WorkingState state, Map<Integer, Map<String, BigDecimal>> classThresholds) {
        if (state.score == null || state.policyVersion == null) {
            return null;
        }
        Map<String, BigDecimal> thresholds = classThresholds.get(state.policyVersion);
        if (thresholds == null) {
            return null;
        }
        return thresholds.entrySet().stream()
                .filter(t -> state.score.compareTo(t.getValue()) <= 0)
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("GENERAL");
    }

    private static FactHandler conventionFor(String type) {
        if (!type.startsWith(ASSISTANCE)) {
            return null;
        }
        String name = type.substring(type.lastIndexOf('.') + 1);
        if (name.endsWith("PairingEnded") || name.endsWith("Unpaired")) {
            return (state, fact) -> {
                state.pairing(null);
                incomeIfAny(state, fact);
            };
        }
        if (name.endsWith("Paired")) {
            return (state, fact) -> {
                Map<String, Object> pairing = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = fact.body().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!field.getKey().equals("householdId") && !field.getKey().equals("divisionCode")) {
                        pairing.put(field.getKey(), field.getValue().isNumber() ? field.getValue().numberValue() : field.getValue().asText());
                    }
                }
                pairing.put("since", fact.businessDate().toString());
                state.pairing(pairing);
                incomeIfAny(state, fact);
            };
        }
        return null;
    }

    private static void incomeIfAny(WorkingState state, Fact fact) {
        JsonNode income = fact.body().path("netIncomePerHead");
        if (income.isNumber()) {
            state.income(income.decimalValue());
        }
    }

    /** The rules of the registration, exit and relapse events, and the assistance conventions. */
    public static HouseholdStateFold standard() {
        Map<String, FactHandler> h = new HashMap<>();
        h.put(REGISTRATION + "HouseholdSurveyed", (s, f) -> {
            s.members.clear();
            f.body().path("members").forEach(s::addMember);
            s.score(f.body().get("score"), f.body().get("policyVersion"));
            s.causes(texts(f.body().path("causes")));
            if (s.status() == null) {
                s.status("SURVEYED");
            }
        });
        h.put(REGISTRATION + "HouseholdNominatedAsCandidate", (s, f) -> {
            s.status("CANDIDATE");
            s.open("REGISTRATION", "registration", "CANDIDATE", f.businessDate());
        });
        h.put(REGISTRATION + "NoticeOpened", (s, f) ->
                s.open("NOTICE", f.text("step"), "OPEN until " + f.text("closesAt"), f.businessDate()));
        h.put(REGISTRATION + "RegistrationStepPassed", (s, f) -> {
            s.status("IN_REGISTRATION");
            s.open("REGISTRATION", "registration", f.text("step"), f.businessDate());
            s.close("NOTICE", f.text("step"));
        });
        h.put(REGISTRATION + "ObjectionLodged", (s, f) ->
                s.open("OBJECTION", f.text("objectionId"), f.text("step"), f.businessDate()));
        h.put(REGISTRATION + "ObjectionResolved", (s, f) -> s.close("OBJECTION", f.text("objectionId")));
        h.put(REGISTRATION + "RegistrationRejected", (s, f) -> {
            s.status("REJECTED");
            s.closeAll("REGISTRATION", "NOTICE", "OBJECTION");
        });
        h.put(REGISTRATION + "HouseholdRegistered", (s, f) -> {
            s.status("REGISTERED");
            s.score(f.body().get("score"), f.body().get("policyVersion"));
            if (f.body().path("people").isNumber()) {
                s.people(f.body().path("people").intValue());
            }
            s.closeAll("REGISTRATION", "NOTICE", "OBJECTION");
        });
        h.put(REGISTRATION + "HouseholdVetoed", (s, f) -> {
            s.status("VETOED");
            s.closeAll("REGISTRATION", "NOTICE", "OBJECTION");
        });
        h.put(REGISTRATION + "HouseholdRemoved", (s, f) -> {
            s.status("REMOVED");
            s.closeAll("REGISTRATION", "NOTICE", "OBJECTION", "RELAPSE");
        });
        h.put(REGISTRATION + "HouseholdUpdated", (s, f) -> {
            JsonNode change = f.body().path("change");
            switch (change.path("kind").asText()) {
                case "MEMBER_JOINED" -> s.addMember(change.path("member"));
                case "MEMBER_LEFT" -> s.removeMember(change.path("memberId").asText());
                case "INCOME" -> s.income(change.path("netIncomePerHead").decimalValue());
                case "HOUSING" -> s.housing(change.path("condition").asText(null));
                case "CAUSES" -> s.causes(texts(change.path("causes")));
                default -> s.notReconstructed(f);
            }
        });
        h.put(EXIT + "HouseholdExited", (s, f) -> {
            s.status("EXITED");
            s.exit(date(f, "exitedOn"), date(f, "trackingEndsOn"), date(f, "observationEndsOn"));
            incomeIfAny(s, f);
        });
        h.put(RELAPSE + "RelapseApplied", (s, f) -> s.open("RELAPSE", f.text("caseId"), "APPLIED", f.businessDate()));
        h.put(RELAPSE + "RelapseStepPassed", (s, f) -> s.open("RELAPSE", f.text("caseId"), f.text("step"), f.businessDate()));
        h.put(RELAPSE + "RelapseRejected", (s, f) -> s.close("RELAPSE", f.text("caseId")));
        h.put(RELAPSE + "RelapseWithdrawn", (s, f) -> s.close("RELAPSE", f.text("caseId")));
        h.put(RELAPSE + "RelapseApproved", (s, f) -> {
            s.close("RELAPSE", f.text("caseId"));
            s.status("RETURNED_TO_POVERTY");
            s.poorAgainFrom(f.text("poorAgainFrom") == null ? f.businessDate() : date(f, "poorAgainFrom"));
        });
        return new HouseholdStateFold(h);
    }

    private static LocalDate date(Fact fact, String field) {
        String text = fact.text(field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}

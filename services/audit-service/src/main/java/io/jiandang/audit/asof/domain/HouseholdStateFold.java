package io.jiandang.audit.asof.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.IncomeEntryCountedEvent;
import io.jiandang.contracts.assistance.PairingEndedEvent;
import io.jiandang.contracts.assistance.PovertyClassChangedEvent;
import io.jiandang.contracts.assistance.YearlyNetIncomePerHeadChangedEvent;
import io.jiandang.contracts.exit.ExitConfirmationSignedEvent;
import io.jiandang.contracts.exit.ExitNoticeOpenedEvent;
import io.jiandang.contracts.exit.ExitObjectionLodgedEvent;
import io.jiandang.contracts.exit.ExitObjectionResolvedEvent;
import io.jiandang.contracts.exit.HouseholdExitAssessedEvent;
import io.jiandang.contracts.exit.HouseholdExitRejectedEvent;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseNoticeOpenedEvent;
import io.jiandang.contracts.relapse.RelapseObjectionAnsweredEvent;
import io.jiandang.contracts.relapse.RelapseObjectionLodgedEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconstructs a household's state as at business date D as known at recorded time T by folding its facts:
 * those recorded at or before T whose business date is on or before D, in business-date order (a later
 * recording of the same date wins: a correction). A retroactive correction therefore changes the state at D
 * only for a T after it was recorded.
 *
 * <p>Rules are registered per event type ({@link #with}); the standard ones cover the registration events, the
 * assistance events about a household (pairing, poverty class, counted income entries, yearly income), the
 * household exit's steps (assessment, the three signatures, notice and objections, rejection, cancellation) and
 * the relapse case's five steps with its notice and objections. Assistance, exit and relapse bodies are read
 * through their contract records ({@code io.jiandang.contracts.*}); a body that does not fit its record is
 * listed as unreconstructed, not guessed at, and so is a fact no rule covers.
 */
public final class HouseholdStateFold {

    public static final String REGISTRATION = "io.jiandang.registration.";
    public static final String EXIT = "io.jiandang.exit.";
    public static final String RELAPSE = "io.jiandang.relapse.";
    public static final String ASSISTANCE = "io.jiandang.assistance.";

    /** Reads bodies into the contract records; unknown properties are ignored (a producer may add a field). */
    private static final ObjectMapper CONTRACTS = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

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
        return handlers.containsKey(type);
    }

    /**
     * @param classThresholds per policy version, the poverty-class thresholds (class name → highest score of the class)
     *                        published at or before T
     */
    public HouseholdState reconstruct(String householdId, List<Fact> facts, LocalDate asOf, Instant knownAt,
                                      Map<Integer, Map<String, BigDecimal>> classThresholds) {
        List<Fact> known = facts.stream()
                .map(HouseholdStateFold::onItsOwnDate)
                .filter(f -> !f.recordedAt().isAfter(knownAt) && !f.businessDate().isAfter(asOf))
                .sorted(Comparator.comparing(Fact::businessDate).thenComparing(Fact::recordedAt).thenComparingLong(Fact::logPosition))
                .toList();
        WorkingState state = new WorkingState();
        for (Fact fact : known) {
            state.division(fact.text("divisionCode"));
            FactHandler handler = handlers.get(fact.type());
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
                state.score, state.policyVersion, povertyClass(state, classThresholds),
                state.assignedClass != null ? "ASSISTANCE" : povertyClass(state, classThresholds) != null ? "THRESHOLDS" : null,
                state.netIncomePerHead, Map.copyOf(state.yearlyIncomes), List.copyOf(state.incomeEntries.values()),
                state.housing, state.causes,
                state.cadres == null ? null : new HouseholdState.Pairing(List.copyOf(state.cadres.values())),
                state.exitedOn == null ? null : new HouseholdState.Exit(state.exitedOn, state.trackingEndsOn,
                        state.observationEndsOn, exitPhase(state, asOf), state.exitId, state.exitYear, state.exitCriteriaVersion),
                state.poorAgainFrom, List.copyOf(state.open.values()), List.copyOf(state.unreconstructed), state.applied);
    }

    /**
     * Events that name the date they hold from in their body (a pairing's {@code pairedOn}, an exit's
     * {@code exitedOn}, ...) hold from that date, whatever the envelope's {@code ce_effectiveon} says: the same
     * business date the reporting service uses, so a replayed figure and a published one fold the same facts.
     */
    static final Map<String, String> OWN_DATE_FIELDS = Map.of(
            ASSISTANCE + "HouseholdPaired", "pairedOn",
            ASSISTANCE + "HouseholdRepaired", "repairedOn",
            ASSISTANCE + "PairingEnded", "endedOn",
            ASSISTANCE + "PovertyClassChanged", "changedOn",
            EXIT + "HouseholdExited", "exitedOn");

    private static Fact onItsOwnDate(Fact fact) {
        String field = OWN_DATE_FIELDS.get(fact.type());
        String own = field == null ? null : fact.text(field);
        if (own == null) {
            return fact;
        }
        try {
            LocalDate date = LocalDate.parse(own);
            return date.equals(fact.businessDate()) ? fact
                    : new Fact(fact.eventId(), fact.type(), date, fact.recordedAt(), fact.logPosition(), fact.body());
        } catch (java.time.format.DateTimeParseException unreadable) {
            return fact;   // its rule will list it as unreconstructed
        }
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
        if (state.assignedClass != null) {
            return state.assignedClass;
        }
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

    /** The rules of the registration, assistance, exit and relapse events. */
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
        assistanceRules(h);
        exitRules(h);
        relapseRules(h);
        return new HouseholdStateFold(h);
    }

    /** Pairing (结对帮扶), poverty class, counted income entries and the yearly income of the assistance context. */
    private static void assistanceRules(Map<String, FactHandler> h) {
        h.put(ASSISTANCE + "HouseholdPaired", typed(HouseholdPairedEvent.class, (s, f, e) ->
                s.paired(e.cadreId(), e.pairedOn() != null ? e.pairedOn() : f.businessDate(), e.policyVersion())));
        h.put(ASSISTANCE + "HouseholdRepaired", typed(HouseholdRepairedEvent.class, (s, f, e) -> {
            // one event: the household is never seen with both cadres or with neither
            s.pairingEnded(e.previousCadreId());
            s.paired(e.cadreId(), e.repairedOn() != null ? e.repairedOn() : f.businessDate(), e.policyVersion());
        }));
        h.put(ASSISTANCE + "PairingEnded", typed(PairingEndedEvent.class, (s, f, e) -> s.pairingEnded(e.cadreId())));
        h.put(ASSISTANCE + "PovertyClassChanged", typed(PovertyClassChangedEvent.class, (s, f, e) ->
                s.povertyClass(e.povertyClass() == null ? null : e.povertyClass().name())));
        h.put(ASSISTANCE + "IncomeEntryCounted", typed(IncomeEntryCountedEvent.class, (s, f, e) ->
                s.incomeEntryCounted(new HouseholdState.IncomeEntry(e.month() == null ? null : e.month().toString(),
                        e.entryId(), e.netIncome(), e.members(), e.cadreId(), e.supersedesEntryId()))));
        h.put(ASSISTANCE + "YearlyNetIncomePerHeadChanged", typed(YearlyNetIncomePerHeadChangedEvent.class, (s, f, e) ->
                s.yearlyIncome(new HouseholdState.YearlyIncome(e.year(), e.netIncome(), e.members(), e.netIncomePerHead(),
                        e.monthsCounted()))));
    }

    /**
     * The household exit (脱贫): assessment against 八有一超, the three signatures of 双认定, the public notice and its
     * objections, then cancellation (销号) or rejection. Under way it is an open EXIT procedure whose stage names
     * the last step and the signatures given.
     */
    private static void exitRules(Map<String, FactHandler> h) {
        h.put(EXIT + "HouseholdExitAssessed", typed(HouseholdExitAssessedEvent.class, (s, f, e) -> {
            s.open("EXIT", e.exitId(), "ASSESSED", f.businessDate());
            s.income(e.netIncomePerHead());
        }));
        h.put(EXIT + "ExitConfirmationSigned", typed(ExitConfirmationSignedEvent.class, (s, f, e) -> {
            String stage = s.stage("EXIT", e.exitId());
            String signed = e.signatory() == null ? "?" : e.signatory().name();
            s.open("EXIT", e.exitId(), stage != null && stage.startsWith("SIGNED: ") ? stage + ", " + signed : "SIGNED: " + signed,
                    f.businessDate());
        }));
        h.put(EXIT + "ExitNoticeOpened", typed(ExitNoticeOpenedEvent.class, (s, f, e) -> {
            s.open("EXIT", e.exitId(), "NOTICE", f.businessDate());
            s.open("NOTICE", e.exitId(), "OPEN until " + e.closesAt(), f.businessDate());
        }));
        h.put(EXIT + "ExitObjectionLodged", typed(ExitObjectionLodgedEvent.class, (s, f, e) ->
                s.open("OBJECTION", e.objectionId(), "exit " + e.exitId(), f.businessDate())));
        h.put(EXIT + "ExitObjectionResolved", typed(ExitObjectionResolvedEvent.class, (s, f, e) ->
                s.close("OBJECTION", e.objectionId())));
        h.put(EXIT + "HouseholdExitRejected", typed(HouseholdExitRejectedEvent.class, (s, f, e) -> {
            // the household stays registered as poor
            s.close("EXIT", e.exitId());
            s.close("NOTICE", e.exitId());
        }));
        h.put(EXIT + "HouseholdExited", typed(HouseholdExitedEvent.class, (s, f, e) -> {
            s.status("EXITED");
            s.exit(e.exitedOn(), e.trackingEndsOn(), e.observationEndsOn());
            s.exitIdentity(e.exitId(), e.exitYear(), e.criteriaVersion());
            if (e.netIncomePerHead() != null) {
                s.income(e.netIncomePerHead());
            }
            s.close("EXIT", e.exitId());
            s.close("NOTICE", e.exitId());
        }));
    }

    /** The relapse case (返贫): five steps, the township's notice and its objections, and the county's decision. */
    private static void relapseRules(Map<String, FactHandler> h) {
        h.put(RELAPSE + "RelapseApplied", typed(RelapseAppliedEvent.class, (s, f, e) ->
                s.open("RELAPSE", e.caseId(), "APPLICATION", f.businessDate())));
        h.put(RELAPSE + "RelapseStepPassed", typed(RelapseStepPassedEvent.class, (s, f, e) -> {
            s.open("RELAPSE", e.caseId(), e.step() == null ? "?" : e.step().name(), f.businessDate());
            if (e.step() == RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE) {
                s.close("NOTICE", e.caseId());
            }
        }));
        h.put(RELAPSE + "RelapseNoticeOpened", typed(RelapseNoticeOpenedEvent.class, (s, f, e) ->
                s.open("NOTICE", e.caseId(), "OPEN until " + e.closesAt(), f.businessDate())));
        h.put(RELAPSE + "RelapseObjectionLodged", typed(RelapseObjectionLodgedEvent.class, (s, f, e) ->
                s.open("OBJECTION", e.objectionId(), "relapse " + e.caseId(), f.businessDate())));
        h.put(RELAPSE + "RelapseObjectionAnswered", typed(RelapseObjectionAnsweredEvent.class, (s, f, e) ->
                s.close("OBJECTION", e.objectionId())));
        h.put(RELAPSE + "RelapseRejected", typed(RelapseRejectedEvent.class, (s, f, e) -> {
            s.close("RELAPSE", e.caseId());
            s.close("NOTICE", e.caseId());
        }));
        h.put(RELAPSE + "RelapseWithdrawn", typed(RelapseWithdrawnEvent.class, (s, f, e) -> {
            s.close("RELAPSE", e.caseId());
            s.close("NOTICE", e.caseId());
        }));
        h.put(RELAPSE + "RelapseApproved", typed(RelapseApprovedEvent.class, (s, f, e) -> {
            s.close("RELAPSE", e.caseId());
            s.close("NOTICE", e.caseId());
            s.status("RETURNED_TO_POVERTY");
            s.poorAgainFrom(e.poorAgainFrom() == null ? f.businessDate() : e.poorAgainFrom());
            if (e.causes() != null && !e.causes().isEmpty()) {
                s.causes(e.causes().stream().map(Enum::name).toList());
            }
        }));
    }

    /** A rule reading the body through its contract record. */
    @FunctionalInterface
    private interface TypedRule<T> {
        void apply(WorkingState state, Fact fact, T event);
    }

    private static <T> FactHandler typed(Class<T> contract, TypedRule<T> rule) {
        return (state, fact) -> {
            T event;
            try {
                event = CONTRACTS.treeToValue(fact.body(), contract);
            } catch (JsonProcessingException | IllegalArgumentException doesNotFit) {
                state.notReconstructed(fact);
                return;
            }
            rule.apply(state, fact, event);
        };
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

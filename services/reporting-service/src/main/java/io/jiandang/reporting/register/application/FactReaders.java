package io.jiandang.reporting.register.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.jiandang.contracts.exit.ExitPlanAllocatedEvent;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseApprovedEvent;
import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseCaseEvent;
import io.jiandang.contracts.relapse.RelapseRejectedEvent;
import io.jiandang.contracts.relapse.RelapseStepPassedEvent;
import io.jiandang.contracts.relapse.RelapseWithdrawnEvent;
import io.jiandang.reporting.register.domain.ExitPlanTargets;
import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.envelope.EventEnvelope;
import io.jiandang.reporting.register.domain.Fact;
import io.jiandang.reporting.register.domain.FactKind;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns consumed events into register facts, by CloudEvents type. Registration, exit and relapse events are read
 * through their contract records; assistance events are registered from outside with
 * {@link #register(String, Reader)} (see {@link AssistanceFactReaders}). A type without a reader is ignored.
 * Unknown properties are ignored (a tolerant reader: a producer may add a field without breaking the register).
 */
public final class FactReaders {

    /** Reads one event into facts about households (usually one, none for events the register ignores). */
    @FunctionalInterface
    public interface Reader {
        List<ReadFact> read(EventEnvelope envelope, JsonNode body, LocalDate effectiveOn) throws IOException;
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final Map<String, Reader> readers = new HashMap<>();
    private final ObjectMapper json;

    public FactReaders() {
        this.json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        registration("HouseholdSurveyed", (e, body, on) -> {
            HouseholdSurveyedEvent s = json.treeToValue(body, HouseholdSurveyedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.SURVEYED, on, e.time()).withPeople(s.members().size())
                    .withCauses(s.causes() == null ? List.of() : s.causes().stream().map(Enum::name).sorted().toList())
                    .withScore(s.score(), s.policyVersion());
            return List.of(new ReadFact(s.householdId(), s.divisionCode(), fact));
        });
        registration("HouseholdNominatedAsCandidate", simple(FactKind.NOMINATED));
        registration("HouseholdVetoed", simple(FactKind.NOT_REGISTERED));
        registration("RegistrationRejected", simple(FactKind.NOT_REGISTERED));
        registration("HouseholdRemoved", simple(FactKind.REMOVED));
        registration("HouseholdRegistered", (e, body, on) -> {
            HouseholdRegisteredEvent r = json.treeToValue(body, HouseholdRegisteredEvent.class);
            return List.of(new ReadFact(r.householdId(), r.divisionCode(),
                    Fact.of(e.id(), FactKind.REGISTERED, on, e.time()).withPeople(r.people()).withScore(r.score(), r.policyVersion())));
        });
        registration("HouseholdUpdated", (e, body, on) -> {
            HouseholdUpdatedEvent u = json.treeToValue(body, HouseholdUpdatedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.UPDATED, on, e.time()).withCycle(u.cycle());
            if (u.change() instanceof HouseholdChange.MemberJoined) {
                fact = fact.withPeople(1);
            } else if (u.change() instanceof HouseholdChange.MemberLeft) {
                fact = fact.withPeople(-1);
            } else if (u.change() instanceof HouseholdChange.CausesChanged c) {
                fact = fact.withCauses(c.causes().stream().map(Enum::name).sorted().toList());
            }
            return List.of(new ReadFact(u.householdId(), u.divisionCode(), fact));
        });
        register("io.jiandang.exit.HouseholdExited", (e, body, on) -> {
            HouseholdExitedEvent x = json.treeToValue(body, HouseholdExitedEvent.class);
            Fact fact = Fact.of(e.id(), FactKind.EXITED, x.exitedOn(), e.time())
                    .withExit(x.exitedOn(), x.trackingEndsOn(), x.observationEndsOn(), x.criteriaVersion())
                    .withYear(x.exitYear());
            return List.of(new ReadFact(x.householdId(), x.divisionCode(), fact));
        });
        relapse("RelapseApplied", (e, body, on) -> {
            RelapseAppliedEvent a = json.treeToValue(body, RelapseAppliedEvent.class);
            return relapseFact(e, a, FactKind.RELAPSE_APPLIED, on, null, causes(a.causes()), a.policyVersion());
        });
        relapse("RelapseStepPassed", (e, body, on) -> {
            RelapseStepPassedEvent p = json.treeToValue(body, RelapseStepPassedEvent.class);
            return relapseFact(e, p, FactKind.RELAPSE_STEP_PASSED, on, p.step() == null ? null : p.step().name(), null, null);
        });
        relapse("RelapseApproved", (e, body, on) -> {
            RelapseApprovedEvent a = json.treeToValue(body, RelapseApprovedEvent.class);
            // the household is poor again from poorAgainFrom, not from the day the county recorded it
            return relapseFact(e, a, FactKind.RELAPSE_APPROVED, a.poorAgainFrom() != null ? a.poorAgainFrom() : on, null,
                    causes(a.causes()), a.policyVersion());
        });
        relapse("RelapseRejected", (e, body, on) -> {
            RelapseRejectedEvent r = json.treeToValue(body, RelapseRejectedEvent.class);
            return relapseFact(e, r, FactKind.RELAPSE_REJECTED, on, r.step() == null ? null : r.step().name(), null, null);
        });
        relapse("RelapseWithdrawn", (e, body, on) -> relapseFact(e,
                json.treeToValue(body, RelapseWithdrawnEvent.class), FactKind.RELAPSE_WITHDRAWN, on, null, null, null));
    }

    /** Adds or replaces the reader of a CloudEvents type (the hook for assistance events). */
    public FactReaders register(String type, Reader reader) {
        readers.put(type, reader);
        return this;
    }

    public boolean reads(String type) {
        return readers.containsKey(type);
    }

    /** The facts an event carries; none for types the register does not read. */
    public List<ReadFact> read(EventEnvelope envelope) {
        Reader reader = readers.get(envelope.type());
        if (reader == null) {
            return List.of();
        }
        try {
            JsonNode body = json.readTree(envelope.data());
            return reader.read(envelope, body, businessDate(envelope, null));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable body of " + envelope, e);
        }
    }

    /**
     * The class thresholds a RegistrationPolicyPublished event names (policy version → class → upper bound), or
     * empty for any other event.
     */
    public Optional<Map.Entry<Integer, Map<String, BigDecimal>>> policyThresholds(EventEnvelope envelope) {
        if (!"io.jiandang.registration.RegistrationPolicyPublished".equals(envelope.type())) {
            return Optional.empty();
        }
        try {
            JsonNode body = json.readTree(envelope.data());
            Map<String, BigDecimal> thresholds = new TreeMap<>();
            JsonNode t = body.path("povertyClassThresholds");
            t.fieldNames().forEachRemaining(name -> thresholds.put(name, t.get(name).decimalValue()));
            return Optional.of(Map.entry(body.path("version").asInt(), thresholds));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable body of " + envelope, e);
        }
    }

    /**
     * The county targets an ExitPlanAllocated event names, or empty for any other event. Known from the time the
     * exit service recorded the allocation.
     */
    public Optional<ExitPlanTargets> exitPlan(EventEnvelope envelope) {
        if (!"io.jiandang.exit.ExitPlanAllocated".equals(envelope.type())) {
            return Optional.empty();
        }
        try {
            ExitPlanAllocatedEvent plan = json.readValue(envelope.data(), ExitPlanAllocatedEvent.class);
            SortedMap<String, Integer> targets = new TreeMap<>();
            if (plan.allocations() != null) {
                plan.allocations().forEach(a -> targets.put(a.countyCode(), a.target()));
            }
            return Optional.of(new ExitPlanTargets(envelope.id(), plan.planId(), plan.year(), envelope.time(),
                    plan.policyVersion(), targets));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable body of " + envelope, e);
        }
    }

    /** The business date: ce_effectiveon, else the day the fact was recorded, in China's time zone. */
    static LocalDate businessDate(EventEnvelope e, LocalDate own) {
        if (own != null) {
            return own;
        }
        return e.effectiveOn() != null ? e.effectiveOn() : e.time().atZone(CHINA).toLocalDate();
    }

    private void registration(String name, Reader reader) {
        register("io.jiandang.registration." + name, reader);
    }

    private Reader simple(FactKind kind) {
        return (e, body, on) -> List.of(new ReadFact(body.path("householdId").asText(), body.path("divisionCode").asText(),
                Fact.of(e.id(), kind, on, e.time())));
    }

    private void relapse(String name, Reader reader) {
        register("io.jiandang.relapse." + name, reader);
    }

    private static List<String> causes(List<RelapseCause> causes) {
        return causes == null || causes.isEmpty() ? null : causes.stream().map(Enum::name).sorted().toList();
    }

    private static List<ReadFact> relapseFact(EventEnvelope e, RelapseCaseEvent event, FactKind kind, LocalDate on,
                                              String step, List<String> causes, Integer policyVersion) {
        Fact fact = Fact.of(e.id(), kind, on, e.time()).withCase(event.caseId(), step, policyVersion);
        if (causes != null) {
            fact = fact.withCauses(causes);
        }
        return List.of(new ReadFact(event.householdId(), event.divisionCode(), fact));
    }
}

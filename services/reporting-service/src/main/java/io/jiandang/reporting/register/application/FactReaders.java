package io.jiandang.reporting.register.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns consumed events into register facts, by CloudEvents type. Registration and exit events are read
 * through their contract records; relapse events (no contract jar yet) by the agreed JSON shape. A type without
 * a reader is ignored. <b>Extension point:</b> assistance facts (pairing, classes) are added with
 * {@link #register(String, Reader)} for {@code io.jiandang.assistance.*} types once that contract is agreed; until
 * then pairing figures are reported as "no data".
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
        this.json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
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
                    .withExit(x.exitedOn(), x.trackingEndsOn(), x.observationEndsOn(), x.criteriaVersion());
            return List.of(new ReadFact(x.householdId(), x.divisionCode(), fact));
        });
        relapse("RelapseApplied", FactKind.RELAPSE_APPLIED);
        relapse("RelapseStepPassed", FactKind.RELAPSE_STEP_PASSED);
        relapse("RelapseApproved", FactKind.RELAPSE_APPROVED);
        relapse("RelapseRejected", FactKind.RELAPSE_REJECTED);
        relapse("RelapseWithdrawn", FactKind.RELAPSE_WITHDRAWN);
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

    /** Relapse events by the agreed JSON shape: {caseId, householdId, divisionCode, step?, poorAgainFrom?, causes?, policyVersion?}. */
    private void relapse(String name, FactKind kind) {
        register("io.jiandang.relapse." + name, (e, body, on) -> {
            LocalDate date = on;
            if (kind == FactKind.RELAPSE_APPROVED && body.hasNonNull("poorAgainFrom")) {
                date = LocalDate.parse(body.get("poorAgainFrom").asText());
            }
            List<String> causes = new ArrayList<>();
            body.path("causes").forEach(c -> causes.add(c.asText()));
            Integer version = body.hasNonNull("policyVersion") ? body.get("policyVersion").asInt() : null;
            Fact fact = Fact.of(e.id(), kind, date, e.time())
                    .withCase(body.path("caseId").asText(), body.hasNonNull("step") ? body.get("step").asText() : null, version);
            if (!causes.isEmpty()) {
                fact = fact.withCauses(causes.stream().sorted().toList());
            }
            return List.of(new ReadFact(body.path("householdId").asText(), body.path("divisionCode").asText(), fact));
        });
    }
}

package io.jiandang.audit.asof.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jiandang.audit.asof.domain.Fact;
import io.jiandang.audit.asof.domain.HouseholdState;
import io.jiandang.audit.asof.domain.HouseholdStateFold;
import io.jiandang.audit.asof.domain.StateDifference;
import io.jiandang.audit.log.application.AuditLog;
import io.jiandang.audit.log.domain.LogEntry;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** As-of states of households (what was true on D as known at T) and the difference between two of them. */
public class AsOfReconstruction {

    static final String POLICY_PUBLISHED = "io.jiandang.registration.RegistrationPolicyPublished";

    private final AuditLog log;
    private final HouseholdStateFold fold;
    private final ObjectMapper json;

    public AsOfReconstruction(AuditLog log, HouseholdStateFold fold, ObjectMapper json) {
        this.log = log;
        this.fold = fold;
        this.json = json;
    }

    public HouseholdState asOf(String householdId, LocalDate asOf, Instant knownAt) {
        return asOf(householdId, asOf, knownAt, classThresholdsKnownAt(knownAt));
    }

    /** For many households at the same T (a replayed figure): the thresholds are read once. */
    public HouseholdState asOf(String householdId, LocalDate asOf, Instant knownAt,
                               Map<Integer, Map<String, BigDecimal>> classThresholds) {
        List<Fact> facts = log.household(householdId).stream().map(this::fact).toList();
        return fold.reconstruct(householdId, facts, asOf, knownAt, classThresholds);
    }

    public record Difference(HouseholdState before, HouseholdState after, List<StateDifference.Change> changes) {
    }

    public Difference difference(String householdId, LocalDate asOf1, Instant knownAt1, LocalDate asOf2, Instant knownAt2) {
        HouseholdState before = asOf(householdId, asOf1, knownAt1);
        HouseholdState after = asOf(householdId, asOf2, knownAt2);
        return new Difference(before, after, StateDifference.between(json.valueToTree(before), json.valueToTree(after)));
    }

    /** The poverty-class thresholds of each policy version published (recorded) at or before T. */
    public Map<Integer, Map<String, BigDecimal>> classThresholdsKnownAt(Instant knownAt) {
        Map<Integer, Map<String, BigDecimal>> thresholds = new HashMap<>();
        for (LogEntry entry : log.ofType(POLICY_PUBLISHED)) {
            if (entry.event().recordedAt().isAfter(knownAt)) {
                continue;
            }
            JsonNode body = parse(entry.event().body());
            if (!body.path("version").isNumber()) {
                continue;
            }
            Map<String, BigDecimal> classes = new LinkedHashMap<>();
            body.path("povertyClassThresholds").fields().forEachRemaining(t -> {
                if (t.getValue().isNumber()) {
                    classes.put(t.getKey(), t.getValue().decimalValue());
                }
            });
            thresholds.put(body.path("version").intValue(), classes);
        }
        return thresholds;
    }

    Fact fact(LogEntry entry) {
        return new Fact(entry.event().eventId(), entry.event().type(), entry.event().businessDate(),
                entry.event().recordedAt(), entry.logPosition(), parse(entry.event().body()));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return TextNode.valueOf(body);
        }
    }
}

package io.jiandang.audit.timeline.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jiandang.audit.log.application.AuditLog;
import io.jiandang.audit.log.domain.AuditedEvent;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.audit.timeline.domain.TimelineEntry;
import io.jiandang.audit.timeline.domain.TimelineFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A household's facts from every service, in the order they were recorded. */
public class HouseholdTimelines {

    /** Body fields that name the rule version a decision applied. */
    static final Set<String> RULE_VERSION_FIELDS = Set.of("policyVersion", "criteriaVersion", "ruleVersion", "standardVersion");
    /** Body fields holding ciphers: opaque without the producer's keys, shown as a marker. */
    static final Set<String> CIPHER_FIELDS = Set.of("nameCipher", "idNumberCipher", "phoneCipher");

    private final AuditLog log;
    private final ObjectMapper json;

    public HouseholdTimelines(AuditLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    /**
     * The household's facts in recorded order. A step of an exit or a relapse case whose body names no rule version
     * (a signature, a notice, a step passed) shows the version its exit or case was decided under: that of the
     * earlier fact with the same {@code exitId} or {@code caseId} (the assessment's {@code criteriaVersion}, the
     * application's {@code policyVersion}), so every step of a procedure can be traced to its rules.
     */
    public List<TimelineEntry> timeline(String householdId, TimelineFilter filter) {
        List<LogEntry> ordered = log.household(householdId).stream()
                .sorted(Comparator.comparing((LogEntry e) -> e.event().recordedAt()).thenComparing(LogEntry::logPosition))
                .toList();
        Map<String, Map<String, Object>> versionsOfProcedure = new HashMap<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (LogEntry e : ordered) {
            TimelineEntry entry = entry(e);
            String procedure = procedureOf(entry.body());
            if (procedure != null) {
                if (!entry.ruleVersion().isEmpty()) {
                    versionsOfProcedure.putIfAbsent(procedure, entry.ruleVersion());
                } else if (versionsOfProcedure.containsKey(procedure)) {
                    entry = withRuleVersion(entry, versionsOfProcedure.get(procedure));
                }
            }
            if (filter.matches(e.event().context(), e.event().name(), e.event().businessDate())) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }

    /** The exit or relapse case a fact belongs to, or {@code null}. */
    private static String procedureOf(JsonNode body) {
        if (body.hasNonNull("caseId")) {
            return "case:" + body.get("caseId").asText();
        }
        if (body.hasNonNull("exitId")) {
            return "exit:" + body.get("exitId").asText();
        }
        return null;
    }

    private static TimelineEntry withRuleVersion(TimelineEntry e, Map<String, Object> ruleVersion) {
        return new TimelineEntry(e.householdPosition(), e.logPosition(), e.eventId(), e.kind(), e.name(), e.type(),
                e.recordedAt(), e.businessDate(), e.actor(), e.divisionCode(), e.correlationId(), ruleVersion, e.evidence(),
                e.body(), e.hash());
    }

    public TimelineEntry entry(LogEntry entry) {
        AuditedEvent e = entry.event();
        JsonNode body = parse(e.body());
        Map<String, Object> ruleVersion = new LinkedHashMap<>();
        List<String> evidence = new ArrayList<>();
        if (body.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (RULE_VERSION_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                    ruleVersion.put(field.getKey(), field.getValue().isNumber() ? field.getValue().numberValue() : field.getValue().asText());
                }
                if (isEvidence(field.getKey()) && !field.getValue().isNull()) {
                    if (field.getValue().isArray()) {
                        field.getValue().forEach(v -> evidence.add(v.isTextual() ? v.asText() : v.toString()));
                    } else {
                        evidence.add(field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString());
                    }
                }
            }
        }
        return new TimelineEntry(entry.householdPosition() == null ? -1 : entry.householdPosition(), entry.logPosition(),
                e.eventId(), e.context(), e.name(), e.type(), e.recordedAt(), e.businessDate(),
                e.actorId() == null ? null : new TimelineEntry.Actor(e.actorId(), e.actorRole(), e.actorLevel(), e.actorJurisdiction()),
                e.divisionCode(), e.correlationId(), ruleVersion, evidence, redact(body),
                entry.householdHash() != null ? entry.householdHash() : entry.logHash());
    }

    static boolean isEvidence(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return name.contains("evidence") || name.contains("attachment") || name.endsWith("documentref")
                || name.endsWith("documentrefs");
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            // kept as text: the log stores what arrived, the timeline shows it
            return TextNode.valueOf(body);
        }
    }

    static JsonNode redact(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            List<String> names = new ArrayList<>();
            copy.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = copy.get(name);
                if (CIPHER_FIELDS.contains(name) && !value.isNull()) {
                    copy.put(name, "(encrypted)");
                } else {
                    copy.set(name, redact(value));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node).deepCopy();
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, redact(copy.get(i)));
            }
            return copy;
        }
        return node;
    }
}

package io.jiandang.audit.asof.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference between two as-of states, field by field (nested objects by dotted path, lists compared whole):
 * what changed between (D1, T1) and (D2, T2). The two coordinates themselves and the count of facts applied are
 * not differences of the household.
 */
public final class StateDifference {

    static final Set<String> COORDINATES = Set.of("asOf", "knownAt", "factsApplied");

    public record Change(String field, JsonNode before, JsonNode after) {
    }

    private StateDifference() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> fields = new TreeSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                if (path.isEmpty() && COORDINATES.contains(field)) {
                    continue;
                }
                compare(path.isEmpty() ? field : path + "." + field, before.get(field), after.get(field), changes);
            }
            return;
        }
        boolean beforeAbsent = before == null || before.isNull();
        boolean afterAbsent = after == null || after.isNull();
        if (beforeAbsent && afterAbsent) {
            return;
        }
        if (beforeAbsent || afterAbsent || !equal(before, after)) {
            changes.add(new Change(path, before, after));
        }
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

}

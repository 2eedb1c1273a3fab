package io.jiandang.audit.asof.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One logged event as the reconstruction reads it: its type, the business date it holds from, when it was
 * recorded, its place in the log and its JSON body.
 */
public record Fact(String eventId, String type, LocalDate businessDate, Instant recordedAt, long logPosition, JsonNode body) {

    /** The event name, e.g. {@code HouseholdRegistered}. */
    public String name() {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    /** The context of {@code io.jiandang.<context>.<Name>}, or {@code unknown}. */
    public String context() {
        if (type.startsWith("io.jiandang.")) {
            String rest = type.substring("io.jiandang.".length());
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        }
        return "unknown";
    }

    public String text(String field) {
        JsonNode value = body.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}

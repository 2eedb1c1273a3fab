package io.jiandang.audit.timeline.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One fact of a household's timeline (档案时间线), from whichever service recorded it.
 *
 * @param kind         the producing context: registration, relapse, assistance, exit, ...
 * @param recordedAt   when the fact was recorded ({@code ce_time})
 * @param businessDate the date the fact holds from ({@code ce_effectiveon}, else the recording date)
 * @param actor        who acted (id, role, level, jurisdiction), or {@code null} for facts the system derived
 * @param ruleVersion  the rule versions the decision named ({@code policyVersion}, {@code criteriaVersion}, ...)
 * @param evidence     evidence references named in the fact ({@code evidence} and similar fields)
 * @param body         the fact's body, with ciphers of names and ID numbers shown as {@code "(encrypted)"}
 * @param hash         the entry's link in its household's hash chain
 */
public record TimelineEntry(long householdPosition, long logPosition, String eventId, String kind, String name,
                            String type, Instant recordedAt, LocalDate businessDate, Actor actor, String divisionCode,
                            String correlationId, Map<String, Object> ruleVersion, List<String> evidence, JsonNode body,
                            String hash) {

    public record Actor(String id, String role, String level, String jurisdiction) {
    }
}

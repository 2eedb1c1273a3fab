package io.jiandang.audit.log.application;

/** A household the log has facts about, with the division of its latest fact (its village code). */
public record AuditedHousehold(String householdId, String divisionCode, long entries) {
}

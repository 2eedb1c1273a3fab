package io.jiandang.audit.log.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One fact as the audit log (审计日志) keeps it: every CloudEvents attribute the producer sent, the JSON body
 * exactly as received (a string, so that hashing it again gives the same bytes), the topic it came from and
 * when the audit service received it. Nothing is decrypted: bodies hold only ciphers of names and ID numbers.
 *
 * @param recordedAt  {@code ce_time}: when the producing service recorded the fact ("what we knew at T")
 * @param effectiveOn {@code ce_effectiveon}: the business date the fact holds from ("what was true on D")
 */
public record AuditedEvent(String eventId, String topic, String source, String type, String subject, Long sequence,
                           String aggregateType, String householdId, String divisionCode, String actorId,
                           String actorRole, String actorLevel, String actorJurisdiction, String correlationId,
                           Instant recordedAt, LocalDate effectiveOn, String body, Instant receivedAt) {

    /** Business dates are China Standard Time, like the producers' clocks. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public AuditedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(body, "body");
    }

    /** The date the fact holds from: its {@code ce_effectiveon}, or else the date it was recorded (in China). */
    public LocalDate businessDate() {
        return effectiveOn != null ? effectiveOn : recordedAt.atZone(CHINA).toLocalDate();
    }

    /** The producing context, from the type {@code io.jiandang.<context>.<Name>} (or the topic {@code <context>.events}). */
    public String context() {
        if (type.startsWith("io.jiandang.")) {
            String rest = type.substring("io.jiandang.".length());
            int dot = rest.indexOf('.');
            if (dot > 0) {
                return rest.substring(0, dot);
            }
        }
        if (topic != null && topic.endsWith(".events")) {
            return topic.substring(0, topic.length() - ".events".length());
        }
        return "unknown";
    }

    /** The event name, e.g. {@code HouseholdRegistered}. */
    public String name() {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    @Override
    public String toString() {
        // the body may hold ciphers of personal data: never print it
        return "AuditedEvent[" + type + " " + eventId + "]";
    }
}

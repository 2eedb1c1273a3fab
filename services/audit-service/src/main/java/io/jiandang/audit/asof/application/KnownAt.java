package io.jiandang.audit.asof.application;

import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.clock.RecordingClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the T of "as known at T": an ISO-8601 instant ({@code 2026-06-01T08:00:00Z}), or a date meaning the end
 * of that day in China ({@code 2026-06-01}), or nothing meaning now in recording time (not the business date).
 */
public final class KnownAt {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private KnownAt() {
    }

    /** @param recording the default "now": recording time, which facts' recorded times are compared with (ADR 0010) */
    public static Instant parse(String field, String value, RecordingClock recording) {
        if (value == null || value.isBlank()) {
            return recording.instant();
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(CHINA).toInstant().minusNanos(1);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new AuditException(AuditErrorCode.INVALID_TIME, field,
                    "Parameter " + field + " must be an ISO-8601 instant (2026-06-01T08:00:00Z) or a date (2026-06-01)");
        }
    }

    /** The D of "true on D": a date, or today in China when absent. */
    public static LocalDate date(String field, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock.withZone(CHINA));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new AuditException(AuditErrorCode.INVALID_TIME, field, "Parameter " + field + " must be an ISO-8601 date (2026-06-01)");
        }
    }
}

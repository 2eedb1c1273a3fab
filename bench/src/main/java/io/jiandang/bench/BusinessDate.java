package io.jiandang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business time of the stack the read-side bench produces events for, and the dates it puts on them.
 * <p>
 * A bench stack starts its services' adjustable business clocks years back ({@code JIANDANG_CLOCK_START}, ADR 0010)
 * and the simulation moves them on; reporting places a fact in a period by its {@code effectiveOn} and counts it
 * only when it was recorded ({@code ce_time}) by the instant the figures are "known at", which for the live
 * dashboard is reporting's business clock. An event dated from the real calendar therefore lands in no period the
 * dashboard shows, and nothing is pushed. So the bench reads the business clock ({@code GET /api/demo-clock}) and
 * dates its events from it.
 *
 * @param now    the business instant the service answered
 * @param offset business time minus real time (negative in a historical stack); zero for real time
 * @param source where the business time came from, printed in the report
 */
record BusinessDate(Instant now, Duration offset, String source) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * The answer of {@code GET /api/demo-clock} ({@code {"now": "...", "offset": "PT..."}}).
     *
     * @throws IllegalStateException when the answer lacks either field or they do not parse
     */
    static BusinessDate fromDemoClock(String body, String source) {
        try {
            JsonNode json = new ObjectMapper().readTree(body);
            if (!json.hasNonNull("now") || !json.hasNonNull("offset")) {
                throw new IllegalStateException("no now/offset in " + body);
            }
            return new BusinessDate(Instant.parse(json.get("now").asText()), Duration.parse(json.get("offset").asText()), source);
        } catch (Exception e) {
            throw new IllegalStateException(source + " answered a business clock the bench cannot read: " + body, e);
        }
    }

    /** Real time, chosen explicitly (--real-today) for a stack whose clock is not adjustable. */
    static BusinessDate realTime(Clock clock) {
        return new BusinessDate(clock.instant(), Duration.ZERO, "real time (--real-today: the stack has no adjustable business clock)");
    }

    /** The business date in China: the {@code effectiveOn} of what the bench produces. */
    LocalDate today() {
        return now.atZone(CHINA).toLocalDate();
    }

    /** The business instant at a real instant (the clock runs with real time; only its offset differs). */
    Instant at(Instant real) {
        return real.plus(offset);
    }

    /** The reporting period the dashboard shows by default: the quarter of the business date, e.g. {@code 2016-Q4}. */
    String quarter() {
        return quarterOf(today());
    }

    static String quarterOf(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    boolean isRealTime() {
        return offset.isZero();
    }

    @Override
    public String toString() {
        return today() + " (" + source + (offset.isZero() ? "" : ", offset " + offset) + ")";
    }
}

package io.jiandang.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The recording time: the system time at which facts are recorded (Axon's timestamps, {@code ce_time}, and so every
 * fact's {@code recordedAt} in reporting and audit), as opposed to the business clock ({@link Clock} bean of platform/business-clock) that
 * dates business decisions. "As known at" compares with recording times, so its default "now" is this clock's: in a
 * stack whose business clock starts at a historical date (ADR 0010) the business clock is years behind the recording
 * times, and a default taken from it would make every fact look not yet known.
 *
 * <p>A type of its own rather than a second {@link Clock} bean, so that the business clock stays the one
 * {@code Clock} a service injects.
 *
 * @param clock the system clock in production (the business-clock auto-configuration makes it); a fixed clock in tests
 */
public record RecordingClock(Clock clock) {

    public RecordingClock {
        Objects.requireNonNull(clock, "clock");
    }

    /** Now, in recording time. */
    public Instant instant() {
        return clock.instant();
    }
}

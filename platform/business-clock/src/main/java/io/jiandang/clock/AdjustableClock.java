package io.jiandang.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with the system clock but can be moved forward, never back: a local demo uses it so that
 * notice periods (公示期) and monthly income entries can pass without waiting days. It is only created when
 * {@code jiandang.clock.adjustable=true}; a production service runs on {@link Clock#system(ZoneId)}.
 *
 * <p>Only business time moves: the event store's recorded time (ce_time) stays the system's.
 *
 * <p>A stack for a historical load or simulation starts it at a configured instant ({@link #startingAt}, ADR 0010):
 * the clock then runs and moves forward from there, as an offset (negative) from the system clock.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    /**
     * A clock that reads {@code start} now and runs on from there with {@code base}, moved forward only, e.g. a
     * simulation of 2013–2016 started at 2013-09-01.
     */
    public static AdjustableClock startingAt(Clock base, Instant start) {
        return new AdjustableClock(base, new AtomicReference<>(Duration.between(base.instant(), start)));
    }

    private AdjustableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves business time forward by {@code amount} (positive); returns the new now. */
    public Instant advance(Duration amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset.accumulateAndGet(amount, Duration::plus);
        return instant();
    }

    /** How far business time is ahead of the system clock (negative when it was started in the past). */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // shares the offset, so a zoned view moves with this clock
        return new AdjustableClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}

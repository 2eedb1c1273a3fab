package io.jiandang.simulator;

import io.jiandang.demo.DemoTime;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * The business date of the simulated stack: every service's adjustable clock, moved forward together with
 * {@link DemoTime} (ADR 0009), started at a historical date for a simulation (ADR 0010, e.g.
 * {@code JIANDANG_CLOCK_START=2013-09-01}). The simulation dates its work with {@link #today()} and sends all work
 * of a date before it moves the clocks on, so business time stays monotonic.
 */
public class BusinessTime {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DemoTime clocks;

    public BusinessTime(DemoTime clocks) {
        this.clocks = clocks;
    }

    /** Today's business date: the furthest of the services' clocks, China Standard Time. */
    public LocalDate today() {
        return clocks.clocks().stream().map(DemoTime.ServiceClock::now).max(Comparator.naturalOrder()).orElseThrow()
                .atZone(CHINA).toLocalDate();
    }

    /** Moves every service's clock forward by whole days; answers the new business date. */
    public LocalDate advanceDays(int days) {
        clocks.advanceDays(days);
        return today();
    }

    /**
     * Moves the clocks forward to {@code date} (nothing when business time is there already); answers the business
     * date reached, which is {@code date} or later.
     */
    public LocalDate advanceTo(LocalDate date) {
        LocalDate today = today();
        long days = ChronoUnit.DAYS.between(today, date);
        return days > 0 ? advanceDays((int) days) : today;
    }
}

package io.jiandang.clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one clock of a service: notice periods, deadlines and business dates are measured with it, never with the
 * system time directly, so tests move a clock instead of sleeping. Business dates are China Standard Time.
 *
 * <p>{@code jiandang.clock.adjustable=true} (set by {@code deploy/local/up} only, env
 * {@code JIANDANG_CLOCK_ADJUSTABLE}) makes it an {@link AdjustableClock} with {@code /api/demo-clock}.
 *
 * <p>{@code jiandang.clock.start} (env {@code JIANDANG_CLOCK_START}, an ISO date such as {@code 2013-09-01}) starts
 * that adjustable clock at the start of the day in China Standard Time, for a historical load or simulation
 * (ADR 0010). It is honoured only with an adjustable clock: a service given a start without
 * {@code jiandang.clock.adjustable=true} refuses to start, since a production clock must not be moved.
 */
@AutoConfiguration
public class BusinessClockAutoConfiguration {

    /** The property naming the business date an adjustable clock starts at (ADR 0010). */
    public static final String START_PROPERTY = "jiandang.clock.start";

    /** China Standard Time: the zone of every business date. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(BusinessClockAutoConfiguration.class);

    public BusinessClockAutoConfiguration(Environment environment) {
        String start = environment.getProperty(START_PROPERTY);
        if (start != null && !start.isBlank()
                && !"true".equalsIgnoreCase(environment.getProperty("jiandang.clock.adjustable"))) {
            throw new IllegalStateException(START_PROPERTY + " (JIANDANG_CLOCK_START=" + start + ") is honoured only "
                    + "with an adjustable business clock: set jiandang.clock.adjustable=true (JIANDANG_CLOCK_ADJUSTABLE"
                    + "=true) for a historical load or simulation, or remove the start (ADR 0010)");
        }
    }

    /** The instant a configured start date names: the start of that day in China Standard Time. */
    static Instant startOf(String date) {
        try {
            return LocalDate.parse(date.strip()).atStartOfDay(CHINA).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(START_PROPERTY + " (JIANDANG_CLOCK_START) must be an ISO date such as "
                    + "2013-09-01, got " + date, e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "jiandang.clock.adjustable", havingValue = "true")
    static class Adjustable {

        @Bean
        @ConditionalOnMissingBean(Clock.class)
        AdjustableClock adjustableClock(Environment environment) {
            log.warn("The business clock is ADJUSTABLE (jiandang.clock.adjustable=true): for local demos only");
            String start = environment.getProperty(START_PROPERTY);
            if (start == null || start.isBlank()) {
                return new AdjustableClock(Clock.system(CHINA));
            }
            Instant at = startOf(start);
            log.warn("The business clock STARTS AT {} China time ({}={}): business dates of this run are historical; "
                    + "recording times stay real", at.atZone(CHINA).toLocalDateTime(), START_PROPERTY, start.strip());
            return AdjustableClock.startingAt(Clock.system(CHINA), at);
        }

        @Bean
        @ConditionalOnBean(AdjustableClock.class)
        @ConditionalOnWebApplication
        DemoClockController demoClockController(AdjustableClock clock) {
            return new DemoClockController(clock);
        }
    }

    /** Recording time is the system's, whatever the business clock (ADR 0010). */
    @Bean
    @ConditionalOnMissingBean(RecordingClock.class)
    RecordingClock recordingClock() {
        return new RecordingClock(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    @ConditionalOnProperty(name = "jiandang.clock.adjustable", havingValue = "false", matchIfMissing = true)
    Clock businessClock() {
        return Clock.system(CHINA);
    }
}

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

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of a service: notice periods, deadlines and business dates are measured with it, never with the
 * system time directly, so tests move a clock instead of sleeping. Business dates are China Standard Time.
 *
 * <p>{@code jiandang.clock.adjustable=true} (set by {@code deploy/local/up} only, env
 * {@code JIANDANG_CLOCK_ADJUSTABLE}) makes it an {@link AdjustableClock} with {@code /api/demo-clock}.
 */
@AutoConfiguration
public class BusinessClockAutoConfiguration {

    /** China Standard Time: the zone of every business date. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(BusinessClockAutoConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "jiandang.clock.adjustable", havingValue = "true")
    static class Adjustable {

        @Bean
        @ConditionalOnMissingBean(Clock.class)
        AdjustableClock adjustableClock() {
            log.warn("The business clock is ADJUSTABLE (jiandang.clock.adjustable=true): for local demos only");
            return new AdjustableClock(Clock.system(CHINA));
        }

        @Bean
        @ConditionalOnBean(AdjustableClock.class)
        @ConditionalOnWebApplication
        DemoClockController demoClockController(AdjustableClock clock) {
            return new DemoClockController(clock);
        }
    }

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    @ConditionalOnProperty(name = "jiandang.clock.adjustable", havingValue = "false", matchIfMissing = true)
    Clock businessClock() {
        return Clock.system(CHINA);
    }
}

package io.jiandang.relapse.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service: notice periods, step deadlines and business dates are measured with it, never with the
 * system time directly, so tests move it instead of sleeping. Business dates are China Standard Time.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(CHINA);
    }
}

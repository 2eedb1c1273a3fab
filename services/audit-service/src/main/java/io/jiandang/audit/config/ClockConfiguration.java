package io.jiandang.audit.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the service (China Standard Time): "now" for receipts, seals and recorded queries. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(CHINA);
    }
}

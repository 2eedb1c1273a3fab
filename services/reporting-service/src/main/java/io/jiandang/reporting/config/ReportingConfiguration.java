package io.jiandang.reporting.config;

import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.reporting.register.application.FactReaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The service's clock (the only source of "now", Asia/Shanghai), the division catalogue and the event readers. */
@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

    @Bean
    public Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    public DivisionCatalogue divisionCatalogue() {
        return DivisionCatalogue.guangxi();
    }

    /** The readers of every consumed event type; assistance readers are registered here once that contract exists. */
    @Bean
    public FactReaders factReaders() {
        return new FactReaders();
    }
}

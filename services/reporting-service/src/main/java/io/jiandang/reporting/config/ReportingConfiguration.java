package io.jiandang.reporting.config;

import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.reporting.register.application.AssistanceFactReaders;
import io.jiandang.reporting.register.application.FactReaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * The division catalogue, the event readers and the recording clock; the business clock comes from
 * platform/business-clock.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

    @Bean
    public DivisionCatalogue divisionCatalogue() {
        return DivisionCatalogue.guangxi();
    }

    /** The readers of every consumed event type: registration, exit and relapse built in, assistance registered here. */
    @Bean
    public FactReaders factReaders() {
        return AssistanceFactReaders.registerOn(new FactReaders());
    }
}

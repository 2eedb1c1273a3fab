package io.jiandang.reporting.config;

import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.reporting.register.application.FactReaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The division catalogue and the event readers; the clock comes from platform/business-clock. */
@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

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

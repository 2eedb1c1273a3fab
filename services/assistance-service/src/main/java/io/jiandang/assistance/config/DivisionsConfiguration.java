package io.jiandang.assistance.config;

import io.jiandang.divisions.DivisionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Guangxi division catalogue: checks village codes and whether a household lies in a cadre's jurisdiction. */
@Configuration(proxyBeanMethods = false)
public class DivisionsConfiguration {

    @Bean
    public DivisionCatalogue divisionCatalogue() {
        return DivisionCatalogue.guangxi();
    }
}

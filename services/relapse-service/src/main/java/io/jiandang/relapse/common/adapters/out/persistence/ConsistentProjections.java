package io.jiandang.relapse.common.adapters.out.persistence;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projection that command handlers read (the published policy versions) runs in a subscribing processor: it
 * is written in the transaction that stores the event, so the next command sees it, and a failing projection
 * fails the command.
 */
@Configuration(proxyBeanMethods = false)
public class ConsistentProjections {

    public static final String POLICY = "relapse-policy-projection";

    @Bean
    public ConfigurerModule consistentProjectionProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(POLICY));
    }
}

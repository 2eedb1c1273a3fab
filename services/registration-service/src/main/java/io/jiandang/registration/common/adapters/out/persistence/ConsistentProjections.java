package io.jiandang.registration.common.adapters.out.persistence;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections that command handlers read (the current policy, the identification rounds) run in
 * subscribing processors: they are written in the transaction that stores the event, so the next command
 * sees them, and a failing projection fails the command (errors propagate, see the eventing defaults).
 */
@Configuration(proxyBeanMethods = false)
public class ConsistentProjections {

    public static final String POLICY = "registration-policy-projection";
    public static final String ROUNDS = "identification-round-projection";

    @Bean
    public ConfigurerModule consistentProjectionProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(POLICY)
                .registerSubscribingEventProcessor(ROUNDS));
    }
}

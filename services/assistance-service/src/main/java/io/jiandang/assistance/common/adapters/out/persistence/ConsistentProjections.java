package io.jiandang.assistance.common.adapters.out.persistence;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections that command handlers read (the current policy, the cadres and their load, the pairings)
 * run in subscribing processors: they are written in the transaction that stores the event, so the next
 * command sees them, and a failing projection fails the command.
 */
@Configuration(proxyBeanMethods = false)
public class ConsistentProjections {

    public static final String POLICY = "assistance-policy-projection";
    public static final String CADRES = "cadre-projection";
    public static final String PAIRINGS = "pairing-projection";
    public static final String CLASSES = "poverty-class-projection";

    @Bean
    public ConfigurerModule consistentProjectionProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(POLICY)
                .registerSubscribingEventProcessor(CADRES)
                .registerSubscribingEventProcessor(PAIRINGS)
                .registerSubscribingEventProcessor(CLASSES));
    }
}

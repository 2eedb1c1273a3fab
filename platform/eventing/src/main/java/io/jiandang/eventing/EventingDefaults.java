package io.jiandang.eventing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Defaults every command-side service shares, at the lowest precedence so a service or the environment can
 * override them: Jackson for every Axon serializer (never XStream), no update checks, the event store schema
 * migrations, and short transactions (the gap timeout relies on them, see docs/adr/0001).
 */
public class EventingDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = Map.ofEntries(
                Map.entry("axon.serializer.general", "jackson"),
                Map.entry("axon.serializer.events", "jackson"),
                Map.entry("axon.serializer.messages", "jackson"),
                Map.entry("axon.axonserver.enabled", "false"),
                Map.entry("axoniq.update-checker.disabled", "true"),
                Map.entry("spring.flyway.locations",
                        "classpath:db/migration/axon,classpath:db/migration/${jiandang.eventing.context}"),
                Map.entry("spring.transaction.default-timeout", "30s"),
                Map.entry("spring.datasource.hikari.connection-init-sql",
                        "SET idle_in_transaction_session_timeout = '60s'"),
                Map.entry("spring.kafka.bootstrap-servers", "${JIANDANG_KAFKA_BOOTSTRAP:127.0.0.1:9092}"));
        environment.getPropertySources().addLast(new MapPropertySource("jiandangEventingDefaults", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

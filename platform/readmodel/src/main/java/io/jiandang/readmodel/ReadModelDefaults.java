package io.jiandang.readmodel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Where the read models live, at the lowest precedence: {@code jiandang.mongodb.uri} (or the environment's
 * JIANDANG_MONGODB_URI, a replica set in production) and {@code jiandang.mongodb.database}.
 */
public class ReadModelDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("jiandangReadModelDefaults", Map.of(
                "spring.data.mongodb.uri", "${jiandang.mongodb.uri:${JIANDANG_MONGODB_URI:mongodb://127.0.0.1:27017}}",
                "spring.data.mongodb.database", "${jiandang.mongodb.database:${spring.application.name}}")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package io.jiandang.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Makes the shared {@link TestInfrastructure} available to a test class (skipping it where Docker mode has
 * no Docker) and, after the class, brings Kafka back if a test stopped it and did not restart it, so that
 * one failed test does not take Kafka away from the classes after it.
 */
public class InfrastructureExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestInfrastructures.ifCreated(infrastructure -> {
            if (infrastructure.kafkaStoppedByATest()) {
                infrastructure.startKafka();
            }
        });
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestInfrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return TestInfrastructure.get();
    }
}

package io.jiandang.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class needs Kafka, PostgreSQL and MongoDB: they are started once per test JVM (see
 * {@link TestInfrastructure}) and can be injected as a {@link TestInfrastructure} parameter. Put it before
 * {@code @SpringBootTest} so that a run in Docker mode without Docker skips the class before Spring starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InfrastructureExtension.class)
public @interface WithInfrastructure {
}

package io.jiandang.reporting.endtoend;

import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import io.jiandang.testing.security.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One Spring context for every end-to-end test of the module (real broker, MongoDB, signed test tokens). */
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ReportingEndToEndBase {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("reporting").forEach((k, v) -> registry.add(k, () -> v));
        TestTokens.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }
}

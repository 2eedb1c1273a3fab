package io.jiandang.systemtest;

import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.security.TestTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of one test JVM, each started once from its jar against the test JVM's Kafka, PostgreSQL and
 * MongoDB (a database per service, as in production) and trusting the test JVM's token issuer. Their business
 * clocks are adjustable, so notice periods pass without waiting; everything else runs as in production.
 */
final class RunningSystem {

    /** The services, in the order they are started (all boot side by side). */
    static final List<String> SERVICES = List.of("registration", "assistance", "exit", "relapse", "reporting", "audit");

    private static RunningSystem instance;
    /** Why the services could not be started, so that later test classes fail at once instead of starting more. */
    private static RuntimeException failure;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private RunningSystem() {
    }

    static synchronized RunningSystem get() {
        if (failure != null) {
            throw new IllegalStateException("the services could not be started earlier in this JVM", failure);
        }
        if (instance == null) {
            RunningSystem system = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "system-test-services-stop"));
            try {
                for (String name : SERVICES) {
                    system.services.put(name, ServiceProcess.start(name, propertiesFor(name)));
                }
                system.services.values().forEach(ServiceProcess::awaitReady);
            } catch (RuntimeException e) {
                failure = e;
                system.stop();
                throw e;
            }
            instance = system;
        }
        return instance;
    }

    ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + " in this system test");
        }
        return service;
    }

    List<ServiceProcess> all() {
        return List.copyOf(services.values());
    }

    private static Map<String, String> propertiesFor(String name) {
        Map<String, String> properties = new LinkedHashMap<>(TestInfrastructure.get().springProperties(name));
        TestTokens.springProperties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("jiandang.clock.adjustable", "true");
        if (name.equals("registration")) {
            properties.put("jiandang.registration.personal-data.fingerprint-secret",
                    "system-test-fingerprint-secret-of-at-least-32-bytes");
        }
        return properties;
    }

    private void stop() {
        // all are asked to stop first, so their graceful shutdowns overlap
        services.values().forEach(ServiceProcess::requestStop);
        services.values().forEach(ServiceProcess::close);
    }
}

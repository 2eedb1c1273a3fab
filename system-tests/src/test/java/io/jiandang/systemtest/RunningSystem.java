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
 *
 * <p>{@link #historical(String)} starts another stack whose clocks start at a historical date (ADR 0010,
 * {@code jiandang.clock.start}) for a simulation of past years; it stops the shared one first (one stack at a time
 * on a small machine), and the caller stops it with {@link #close()}.
 */
final class RunningSystem implements AutoCloseable {

    /** The services, in the order they are started (all boot side by side). */
    static final List<String> SERVICES = List.of("registration", "assistance", "exit", "relapse", "reporting", "audit");

    private static RunningSystem instance;
    /** Why the services could not be started, so that later test classes fail at once instead of starting more. */
    private static RuntimeException failure;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** The business date the clocks start at, or {@code null} for the real date. */
    private final String clockStart;

    private RunningSystem() {
        this(null);
    }

    private RunningSystem(String clockStart) {
        this.clockStart = clockStart;
    }

    /**
     * A stack of the six services whose adjustable business clocks start at {@code clockStart} (an ISO date, e.g.
     * 2013-09-01), with databases of its own ({@code <service>_history}); the shared stack of this JVM is stopped
     * first, and {@link #get()} would start it again afterwards. Close it when done.
     */
    static synchronized RunningSystem historical(String clockStart) {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
        RunningSystem system = new RunningSystem(clockStart);
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "system-test-historical-services-stop"));
        try {
            system.startAll();
        } catch (RuntimeException e) {
            system.stop();
            throw e;
        }
        return system;
    }

    private void startAll() {
        for (String name : SERVICES) {
            String database = clockStart == null ? name : name + "_history";
            services.put(name, ServiceProcess.start(name, clockStart == null ? name : name + "-history",
                    propertiesFor(name, database, clockStart)));
        }
        services.values().forEach(ServiceProcess::awaitReady);
    }

    @Override
    public void close() {
        stop();
    }

    static synchronized RunningSystem get() {
        if (failure != null) {
            throw new IllegalStateException("the services could not be started earlier in this JVM", failure);
        }
        if (instance == null) {
            RunningSystem system = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "system-test-services-stop"));
            try {
                system.startAll();
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

    private static Map<String, String> propertiesFor(String name, String database, String clockStart) {
        Map<String, String> properties = new LinkedHashMap<>(TestInfrastructure.get().springProperties(database));
        TestTokens.springProperties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("jiandang.clock.adjustable", "true");
        if (clockStart != null) {
            properties.put("jiandang.clock.start", clockStart);
        }
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

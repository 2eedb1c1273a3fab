package io.jiandang.testing;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.junit.jupiter.api.Assumptions;

/** Holds this JVM's one {@link TestInfrastructure} and picks its kind from {@value #MODE_PROPERTY}. */
final class TestInfrastructures {

    static final String MODE_PROPERTY = "jiandang.infrastructure";
    static final String DOCKER = "docker";
    static final String EMBEDDED = "embedded";

    private static AbstractTestInfrastructure instance;
    private static String unavailable;

    private TestInfrastructures() {
    }

    static synchronized TestInfrastructure get() {
        if (unavailable != null) {
            Assumptions.abort(unavailable);
        }
        if (instance == null) {
            String mode = System.getProperty(MODE_PROPERTY, EMBEDDED).trim();
            BooleanSupplier docker = DOCKER.equals(mode) ? ContainerTestInfrastructure::dockerAvailable : () -> false;
            String problem = unavailability(mode, docker);
            if (problem != null) {
                unavailable = problem;
                Assumptions.abort(problem);
            }
            instance = DOCKER.equals(mode) ? new ContainerTestInfrastructure() : new EmbeddedTestInfrastructure();
        }
        return instance;
    }

    static synchronized void ifCreated(Consumer<AbstractTestInfrastructure> action) {
        if (instance != null) {
            action.accept(instance);
        }
    }

    /** Why tests cannot get infrastructure in {@code mode}, or null when they can. */
    static String unavailability(String mode, BooleanSupplier dockerAvailable) {
        if (EMBEDDED.equals(mode) || mode.isEmpty()) {
            return null;
        }
        if (!DOCKER.equals(mode)) {
            throw new IllegalArgumentException(MODE_PROPERTY + " must be '" + EMBEDDED + "' or '" + DOCKER + "', not '" + mode + "'");
        }
        if (!dockerAvailable.getAsBoolean()) {
            return MODE_PROPERTY + "=docker (-Pdocker) but no Docker daemon is available: skipping the tests that need"
                    + " Kafka, PostgreSQL and MongoDB. Run without -Pdocker to use the embedded infrastructure.";
        }
        return null;
    }
}

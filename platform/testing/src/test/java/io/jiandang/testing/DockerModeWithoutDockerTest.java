package io.jiandang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DockerModeWithoutDockerTest {

    @Test
    void dockerModeWithoutDockerGivesTheReasonToSkip() {
        assertThat(TestInfrastructures.unavailability("docker", () -> false))
                .contains("jiandang.infrastructure=docker").contains("no Docker daemon");
    }

    @Test
    void dockerModeWithDockerHasNothingToSkip() {
        assertThat(TestInfrastructures.unavailability("docker", () -> true)).isNull();
    }

    @Test
    void embeddedModeNeverAsksForDocker() {
        assertThat(TestInfrastructures.unavailability("embedded", () -> {
            throw new AssertionError("Docker was asked for in embedded mode");
        })).isNull();
    }

    @Test
    void unknownModeIsAConfigurationError() {
        assertThatThrownBy(() -> TestInfrastructures.unavailability("kubernetes", () -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kubernetes");
    }
}

package io.jiandang.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdjustableClockTest {

    private final Clock base = Clock.fixed(Instant.parse("2016-10-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void runsWithItsBaseUntilMovedForward() {
        AdjustableClock clock = new AdjustableClock(base);

        assertThat(clock.instant()).isEqualTo(base.instant());
        clock.advance(Duration.ofDays(8));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2016-10-09T00:00:00Z"));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void aZonedViewMovesWithTheClock() {
        AdjustableClock clock = new AdjustableClock(base);
        Clock utc = clock.withZone(ZoneId.of("UTC"));

        clock.advance(Duration.ofDays(1));

        assertThat(utc.instant()).isEqualTo(Instant.parse("2016-10-02T00:00:00Z"));
    }

    @Test
    void cannotMoveBack() {
        AdjustableClock clock = new AdjustableClock(base);

        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(base.instant());
    }

    @Test
    void aClockStartedInThePastRunsOnFromThereAndStillOnlyMovesForward() {
        AdjustableClock clock = AdjustableClock.startingAt(base, Instant.parse("2013-08-31T16:00:00Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2013-08-31T16:00:00Z"));
        assertThat(clock.offset()).isNegative();
        clock.advance(Duration.ofDays(10));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2013-09-10T16:00:00Z"));
        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}

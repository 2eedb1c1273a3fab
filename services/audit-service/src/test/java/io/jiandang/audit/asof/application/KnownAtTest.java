package io.jiandang.audit.asof.application;

import io.jiandang.audit.common.api.AuditException;
import io.jiandang.clock.RecordingClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownAtTest {

    private static final Instant RECORDING_NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final RecordingClock RECORDING = new RecordingClock(Clock.fixed(RECORDING_NOW, ZoneOffset.UTC));

    @Test
    void anAbsentKnownAtIsNowInRecordingTime() {
        assertThat(KnownAt.parse("knownAt", null, RECORDING)).isEqualTo(RECORDING_NOW);
        assertThat(KnownAt.parse("knownAt", " ", RECORDING)).isEqualTo(RECORDING_NOW);
    }

    @Test
    void aDateMeansTheEndOfThatDayInChina() {
        assertThat(KnownAt.parse("knownAt", "2014-06-01", RECORDING)).isEqualTo(Instant.parse("2014-06-01T15:59:59.999999999Z"));
    }

    @Test
    void anUnreadableKnownAtIsRefusedNamingTheField() {
        assertThatThrownBy(() -> KnownAt.parse("knownAt2", "yesterday", RECORDING))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.field()).isEqualTo("knownAt2"));
    }
}

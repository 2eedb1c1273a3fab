package io.jiandang.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How (4) turns the dashboard's messages into a household's freshness; no measurement runs here. */
class DashboardFreshnessIsReadFromTheFirstMessageCountingTheHouseholdTest {

    private final List<ReadSideBench.Seen> messages = List.of(
            new ReadSideBench.Seen(1_000, 10), new ReadSideBench.Seen(1_250, 12), new ReadSideBench.Seen(1_500, 15));

    @Test
    void aHouseholdIsSeenInTheFirstMessageWhoseCountIncludesIt() {
        assertThat(ReadSideBench.firstAtLeast(messages, 13, 1_100)).isEqualTo(1_500);
        assertThat(ReadSideBench.firstAtLeast(messages, 12, 1_100)).isEqualTo(1_250);
    }

    @Test
    void aMessageSentBeforeTheEventCannotMakeItFresherThanZero() {
        assertThat(ReadSideBench.firstAtLeast(messages, 11, 1_300)).isEqualTo(1_300);
    }

    @Test
    void aHouseholdNeverCountedIsNotSeen() {
        assertThat(ReadSideBench.firstAtLeast(messages, 16, 1_000)).isEqualTo(-1);
    }

    @Test
    void percentilesAreNearestRankOverTheUnsortedLatencies() {
        assertThat(ReadSideBench.pct(List.of(30.0, 10.0, 20.0, 40.0), 50)).isEqualTo(20.0);
        assertThat(ReadSideBench.pct(List.of(30.0, 10.0, 20.0, 40.0), 95)).isEqualTo(40.0);
    }
}

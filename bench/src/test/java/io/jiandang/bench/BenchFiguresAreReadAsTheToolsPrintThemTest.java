package io.jiandang.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suite's parsers and report, on outputs as the tools print them; no measurement runs here. */
class BenchFiguresAreReadAsTheToolsPrintThemTest {

    @Test
    void producerPerformanceSummaryGivesRateAndPercentiles() {
        Map<String, Object> figures = RawLimits.producerFigures(List.of(
                "50001 records sent, 10000.2 records/sec (11.44 MB/sec), 3.1 ms avg latency, 90.0 ms max latency.",
                "200000 records sent, 51234.5 records/sec (58.63 MB/sec), 321.12 ms avg latency, 789.00 ms max latency, "
                        + "300 ms 50th, 700 ms 95th, 780 ms 99th, 789 ms 99.9th."));
        assertThat(figures).containsEntry("recordsPerSecond", 51234.5).containsEntry("p50Millis", 300.0)
                .containsEntry("p99Millis", 780.0);
    }

    @Test
    void consumerPerformanceFiguresAreFoundPastInterleavedLogLines() {
        Map<String, Object> figures = RawLimits.consumerFigures(List.of(
                "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, "
                        + "fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec",
                "\tallow.auto.create.topics = true",
                "12:36:29 INFO Metrics reporters closed",
                "2026-11-28 12:36:22:306, 2026-11-28 12:36:29:684, 0.5899, 0.0800, 500, 67.7690, 6770, 608, 0.9703, 822.3684"));
        assertThat(figures).containsEntry("recordsPerSecond", 67.769).containsEntry("records", 500L)
                .containsEntry("fetchRecordsPerSecond", 822.3684);
    }

    @Test
    void consumerPerformanceWithoutFiguresIsAnError() {
        assertThatThrownBy(() -> RawLimits.consumerFigures(List.of("ERROR no topic")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Stats.percentile(sorted, 50)).isEqualTo(5);
        assertThat(Stats.percentile(sorted, 99)).isEqualTo(10);
        assertThat(Stats.percentile(new double[0], 50)).isNaN();
    }

    @Test
    void reportMarksWhatWasNotMeasuredIncludingTheReadSide(@TempDir Path results) throws Exception {
        Files.writeString(results.resolve("machine.properties"), "date=2026-11-28T12:00:00Z\nnproc=2\nscale=10000\n");
        Files.writeString(results.resolve("startup.properties"), "upSeconds=95.0\n");
        Files.writeString(results.resolve("rss-idle.properties"), "rssKiB.kafka=1048576\nrssKiB.total=1048576\n");
        Files.writeString(results.resolve("rss-loaded.properties"), "rssKiB.kafka=2097152\nrssKiB.total=2097152\n");
        Path out = results.resolve("benchmarks.md");
        BenchReport.main(new String[]{"--results", results.toString(), "--out", out.toString(),
                "--analysis", results.resolve("none.md").toString()});
        String md = Files.readString(out);
        assertThat(md).contains("The machine was loaded")
                .contains("| 1 | registration commands ≥ 1,000/s with p99 < 100 ms at concurrency 64 | not measured")
                .contains("| 3 | rebuild ≥ 50% of raw consume-and-upsert, ≥ 50,000 events/s where the store allows | not measured")
                .contains("| 4 | dashboard freshness p95 < 1 s at 150 events/s | not measured")
                .contains("| 5 | as-of reconstruction of a household with 500 events < 50 ms | not measured")
                .contains("up in 95.0 s; resident 1.00 GiB idle, 2.00 GiB after the load")
                .contains("| 6 | local stack up in < 120 s within 6 GiB")
                .contains("**met**");
    }
}

package io.jiandang.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of latencies in milliseconds (nearest-rank). */
final class Stats {

    private Stats() {
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static Map<String, Object> summary(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", sorted.length);
        out.put("p50", round(percentile(sorted, 50)));
        out.put("p95", round(percentile(sorted, 95)));
        out.put("p99", round(percentile(sorted, 99)));
        out.put("max", round(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]));
        return out;
    }

    static Object round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10) / 10.0;
    }
}

package cn.xingfu.kiosk.simulation;

import org.HdrHistogram.Histogram;

/** Percentiles of one step in milliseconds, from an HdrHistogram of microseconds. */
public record Latency(long count, double p50, double p90, double p99, double p999, double max) {

    static Latency of(Histogram h) {
        return new Latency(
                h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0,
                h.getMaxValue() / 1000.0);
    }
}

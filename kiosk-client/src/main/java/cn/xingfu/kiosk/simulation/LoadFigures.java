package cn.xingfu.kiosk.simulation;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies (HdrHistogram, microseconds, 3 significant digits) and error counts of one run, recorded from many
 * threads. Nothing is recorded during the warm-up; {@link #startMeasuring()} opens the measured window.
 */
final class LoadFigures {

    private final Map<MeasuredStep, Histogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder orders = new LongAdder();
    private volatile boolean measuring;
    private volatile long measuringSince;
    private volatile long measuringUntil;

    LoadFigures() {
        for (MeasuredStep step : MeasuredStep.values()) {
            Histogram histogram = new ConcurrentHistogram(3);
            histogram.setAutoResize(true);
            latencies.put(step, histogram);
        }
    }

    void startMeasuring() {
        measuringSince = System.nanoTime();
        measuring = true;
    }

    void stopMeasuring() {
        measuringUntil = System.nanoTime();
        measuring = false;
    }

    boolean measuring() {
        return measuring;
    }

    void record(MeasuredStep step, long nanos) {
        if (measuring) {
            latencies.get(step).recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
        }
    }

    void ordered() {
        if (measuring) {
            orders.increment();
        }
    }

    /** An error of a step, by the service's problem code or the kind of failure. */
    void error(MeasuredStep step, String kind) {
        if (measuring) {
            errors.computeIfAbsent(step.label + ": " + kind, k -> new LongAdder())
                    .increment();
        }
    }

    long orders() {
        return orders.sum();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errors() {
        Map<String, Long> result = new TreeMap<>();
        errors.forEach((kind, count) -> result.put(kind, count.sum()));
        return result;
    }

    Latency latency(MeasuredStep step) {
        return Latency.of(latencies.get(step).copy());
    }

    Duration measured() {
        long until = measuring ? System.nanoTime() : measuringUntil;
        return Duration.ofNanos(Math.max(1, until - measuringSince));
    }
}

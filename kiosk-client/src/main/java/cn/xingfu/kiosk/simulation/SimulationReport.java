package cn.xingfu.kiosk.simulation;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The figures of one simulation run: orders in the measured time, latencies per step, errors, orders never READY. */
public record SimulationReport(
        long orders,
        double ordersPerSecond,
        Map<MeasuredStep, Latency> latencies,
        Map<String, Long> errors,
        int notReady) {

    private static final String RATE_LIMITED = "SCAN_RATE_LIMITED";

    public Latency latency(MeasuredStep step) {
        return latencies.get(step);
    }

    void print(PrintStream out, SimulationSettings settings) {
        out.printf(
                Locale.ROOT,
                "%n%d virtual kiosks, %d kitchen displays, %d s measured after %d s warm-up: %,d orders, %.1f orders/s%n",
                settings.kiosks(),
                settings.kitchens(),
                settings.duration().toSeconds(),
                settings.warmUp().toSeconds(),
                orders,
                ordersPerSecond);
        out.printf("%-16s %9s %9s %9s %9s %9s %9s%n", "ms", "count", "p50", "p90", "p99", "p99.9", "max");
        latencies.forEach((step, l) -> out.printf(
                Locale.ROOT,
                "%-16s %9d %9.1f %9.1f %9.1f %9.1f %9.1f%n",
                step.label,
                l.count(),
                l.p50(),
                l.p90(),
                l.p99(),
                l.p999(),
                l.max()));
        out.printf("errors: %s%n", errors.isEmpty() ? "none" : errors);
        if (errors.keySet().stream().anyMatch(step -> step.endsWith(RATE_LIMITED))) {
            // The service protects each kiosk account from a scan flood; a load test has to lift that on purpose.
            out.println("the service throttled the scans: start it with --xingfu.security.scans-per-minute=100000000"
                    + " for a load test");
        }
        out.printf("orders never heard READY: %d%n", notReady);
    }
}

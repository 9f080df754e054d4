package cn.xingfu.canteen.benchmark;

import org.HdrHistogram.Histogram;

/** Percentiles in milliseconds from a histogram recorded in microseconds. */
final class LoadStats {

    private LoadStats() {}

    record Latency(double p50, double p90, double p99, double p999, double max) {

        static Latency of(Histogram micros) {
            return new Latency(
                    ms(micros.getValueAtPercentile(50)),
                    ms(micros.getValueAtPercentile(90)),
                    ms(micros.getValueAtPercentile(99)),
                    ms(micros.getValueAtPercentile(99.9)),
                    ms(micros.getMaxValue()));
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("p50=%.1f p90=%.1f p99=%.1f p99.9=%.1f max=%.1f ms", p50, p90, p99, p999, max);
        }
    }
}

package cn.xingfu.canteen.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the checker on a schedule, on one instance of the cluster at a time (ShedLock), and reports what it found:
 * one ERROR line per violation (operators alert on the logger {@code xingfu.invariants}) and the gauge
 * {@code xingfu.invariants.violations} per rule, which stays at the last run's figure until the next run.
 * On-demand runs through the admin endpoint report the same way.
 */
@Component
class InvariantWatch {

    private static final Logger log = LoggerFactory.getLogger("xingfu.invariants");

    private final InvariantChecker checker;
    private final Map<Violation.Rule, AtomicInteger> gauges = new EnumMap<>(Violation.Rule.class);
    private final AtomicInteger runs = new AtomicInteger();

    InvariantWatch(InvariantChecker checker, MeterRegistry meters) {
        this.checker = checker;
        for (Violation.Rule rule : Violation.Rule.values()) {
            AtomicInteger count = new AtomicInteger();
            gauges.put(rule, count);
            Gauge.builder("xingfu.invariants.violations", count, AtomicInteger::get)
                    .tag("rule", rule.name())
                    .description("Violations of the rule found by the last full run of the invariant checker")
                    .register(meters);
        }
        Gauge.builder("xingfu.invariants.runs", runs, AtomicInteger::get).register(meters);
    }

    @Scheduled(
            fixedDelayString = "${xingfu.invariants.interval:15m}",
            initialDelayString = "${xingfu.invariants.initial-delay:120s}")
    @SchedulerLock(name = "invariant-check", lockAtMostFor = "PT14M")
    void scheduledRun() {
        report(checker.check());
    }

    /** Logs and publishes a report; only full runs (all canteens) move the gauges. */
    InvariantReport report(InvariantReport report) {
        for (Violation violation : report.violations()) {
            log.error("Invariant {} broken on {}: {}", violation.rule(), violation.subject(), violation.details());
        }
        if (report.canteenId() == null) {
            runs.incrementAndGet();
            Map<Violation.Rule, Integer> counts = new EnumMap<>(Violation.Rule.class);
            report.violations().forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
            gauges.forEach((rule, gauge) -> gauge.set(counts.getOrDefault(rule, 0)));
            log.info(
                    "Invariant check: {} violations in {} wallets, {} menu items, {} subsidised senior-days",
                    report.violations().size(),
                    report.checked().wallets(),
                    report.checked().menuItems(),
                    report.checked().subsidisedSeniorDays());
        }
        return report;
    }

    InvariantReport runNow(@org.jspecify.annotations.Nullable Long canteenId) {
        return report(canteenId == null ? checker.check() : checker.check(canteenId));
    }
}

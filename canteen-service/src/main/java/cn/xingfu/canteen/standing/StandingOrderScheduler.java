package cn.xingfu.canteen.standing;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Passes over today and the next days every few minutes, on one instance of the cluster at a time (ShedLock).
 * A pass that overlaps another (a lock expired early, a manual run) is harmless: generation is exactly-once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StandingProperties.class)
class StandingOrderScheduler {

    private static final Logger log = LoggerFactory.getLogger(StandingOrderScheduler.class);

    private final StandingOrderGenerator generator;
    private final StandingProperties properties;
    private final Clock clock;

    StandingOrderScheduler(StandingOrderGenerator generator, StandingProperties properties, Clock clock) {
        this.generator = generator;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${xingfu.standing.interval:10m}", initialDelayString = "45s")
    @SchedulerLock(name = "standing-orders", lockAtMostFor = "PT9M")
    void pass() {
        if (!properties.autoGenerate()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(cn.xingfu.canteen.site.CanteenDirectory.ZONE));
        for (int i = 0; i <= properties.horizonDays(); i++) {
            GenerationReport report = generator.generate(today.plusDays(i));
            if (report.placed() + report.failed() > 0) {
                log.info("Standing orders for {}: {}", report.serviceDate(), report);
            }
        }
    }
}

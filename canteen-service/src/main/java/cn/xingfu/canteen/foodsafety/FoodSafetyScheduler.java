package cn.xingfu.canteen.foodsafety;

import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** After each meal's serving ends, looks for dishes without a sample (one instance of the cluster at a time). */
@Component
class FoodSafetyScheduler {

    private final SampleLog samples;
    private final CanteenDirectory canteens;
    private final Clock clock;

    FoodSafetyScheduler(SampleLog samples, CanteenDirectory canteens, Clock clock) {
        this.samples = samples;
        this.canteens = canteens;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${xingfu.food-safety.check-interval:10m}", initialDelayString = "60s")
    @SchedulerLock(name = "food-safety-missing-samples", lockAtMostFor = "PT9M")
    void checkMissingSamples() {
        LocalDate today = LocalDate.now(clock.withZone(CanteenDirectory.ZONE));
        for (CanteenView canteen : canteens.all()) {
            if (canteen.active()) {
                samples.checkMissing(canteen.id(), today);
            }
        }
    }
}

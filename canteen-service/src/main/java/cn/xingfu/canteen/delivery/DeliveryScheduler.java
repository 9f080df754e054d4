package cn.xingfu.canteen.delivery;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Plans meals whose delivery cut-off has passed, and watches for deliveries not confirmed in time. */
@Component
class DeliveryScheduler {

    private final RoundPlanning planning;
    private final RouteDesk desk;
    private final DeliveryProperties properties;

    DeliveryScheduler(RoundPlanning planning, RouteDesk desk, DeliveryProperties properties) {
        this.planning = planning;
        this.desk = desk;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${xingfu.delivery.sweep-interval:60s}", initialDelayString = "30s")
    @SchedulerLock(name = "delivery-sweep", lockAtMostFor = "PT5M")
    void sweep() {
        if (properties.autoPlan()) {
            planning.planDueMeals();
        }
        desk.alertUnconfirmed();
    }
}

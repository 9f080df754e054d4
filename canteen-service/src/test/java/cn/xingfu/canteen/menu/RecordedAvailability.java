package cn.xingfu.canteen.menu;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only listener: records every availability flip at the moment it is published, from any thread. */
@Component
class RecordedAvailability {

    private final ConcurrentLinkedQueue<DishAvailabilityChanged> events = new ConcurrentLinkedQueue<>();

    @EventListener
    void on(DishAvailabilityChanged event) {
        events.add(event);
    }

    List<DishAvailabilityChanged> of(long menuItemId) {
        return events.stream().filter(e -> e.menuItemId() == menuItemId).toList();
    }
}

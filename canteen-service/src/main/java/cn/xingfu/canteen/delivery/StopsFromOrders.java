package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.Ids;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A plan's stops follow the meal's delivery orders: a new order gets a stop (at the senior's coordinates, or
 * the canteen's when they have none), a cancelled order whose meal is still waiting loses its stop. Stops
 * already on their way or delivered stay whatever happened to the order. Runs inside the planning transaction.
 */
@Component
class StopsFromOrders {

    private final DeliveryStops stops;
    private final OrderQueries orders;
    private final SeniorDirectory seniors;

    StopsFromOrders(DeliveryStops stops, OrderQueries orders, SeniorDirectory seniors) {
        this.stops = stops;
        this.orders = orders;
        this.seniors = seniors;
    }

    /** The plan's stops after following the orders, by order id; {@code contacts} caches seniors read on the way. */
    Map<Long, DeliveryStop> follow(
            DeliveryPlan plan,
            CanteenView canteen,
            LocalDate date,
            MealPeriod period,
            Map<Long, DeliveryContact> contacts) {
        Map<Long, DeliveryStop> byOrder = new HashMap<>();
        for (DeliveryStop stop : stops.findByPlanIdOrderByRoundIdAscSequenceAsc(plan.id())) {
            byOrder.put(stop.orderId(), stop);
        }
        Set<Long> liveOrders = new HashSet<>();
        for (OrderView order : orders.deliveryOrders(canteen.id(), date, period)) {
            liveOrders.add(order.orderId());
            if (byOrder.containsKey(order.orderId()) || order.status() == OrderStatus.FAILED) {
                continue;
            }
            DeliveryContact contact = contacts.computeIfAbsent(order.seniorId(), seniors::deliveryContact);
            double lat = contact.latitude() != null ? contact.latitude() : canteen.latitude();
            double lng = contact.longitude() != null ? contact.longitude() : canteen.longitude();
            DeliveryStop stop =
                    stops.save(new DeliveryStop(Ids.next(), plan.id(), order.orderId(), order.seniorId(), lat, lng, 1));
            byOrder.put(order.orderId(), stop);
        }
        for (DeliveryStop stop : List.copyOf(byOrder.values())) {
            if (!liveOrders.contains(stop.orderId()) && stop.status() == StopStatus.WAITING) {
                stops.delete(stop);
                byOrder.remove(stop.orderId());
            }
        }
        return byOrder;
    }
}

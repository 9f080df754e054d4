package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders, each caller seeing only what its role allows. */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

    static final int MAX_ROWS = 500;

    private final Orders orders;
    private final OrderSnapshots snapshots;

    OrderQueries(Orders orders, OrderSnapshots snapshots) {
        this.orders = orders;
        this.snapshots = snapshots;
    }

    public OrderView get(long orderId, Actor actor) {
        Order order = orders.findById(orderId).orElseThrow(() -> notFound(orderId));
        requireVisible(order, actor);
        return order.toView();
    }

    /** Orders of one canteen and day (optionally one meal period) in the given statuses, oldest first. */
    public List<OrderView> forCanteen(
            long canteenId,
            LocalDate serviceDate,
            @Nullable MealPeriod period,
            Collection<OrderStatus> statuses,
            Actor actor) {
        actor.requireCanteen(canteenId);
        if (actor.isKiosk()) {
            actor.requireStaff();
        }
        Collection<OrderStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(OrderStatus.class) : statuses;
        return orders.findForCanteen(canteenId, serviceDate, period, null, wanted, PageRequest.of(0, MAX_ROWS)).stream()
                .map(Order::toView)
                .toList();
    }

    /** Delivery orders of a canteen's meal, for planning rounds (the delivery module). */
    public List<OrderView> deliveryOrders(long canteenId, LocalDate serviceDate, MealPeriod period) {
        return orders
                .findForCanteen(
                        canteenId,
                        serviceDate,
                        period,
                        Channel.DELIVERY,
                        EnumSet.complementOf(EnumSet.of(OrderStatus.CANCELLED)),
                        PageRequest.of(0, MAX_ROWS * 4))
                .stream()
                .map(Order::toView)
                .toList();
    }

    /**
     * Everything that changed since {@code since}, for a client catching up after a reconnect: a kiosk
     * gets its own orders, staff their canteen's. Clients drop snapshots whose version they have seen.
     */
    public List<OrderView> changedSince(Instant since, @Nullable Long canteenId, Actor actor) {
        if (actor.isKiosk()) {
            return orders.changedAtKioskSince(actor.id(), since, PageRequest.of(0, MAX_ROWS)).stream()
                    .map(Order::toView)
                    .toList();
        }
        actor.requireStaff();
        long canteen = canteenId != null ? canteenId : requireOwnCanteen(actor);
        actor.requireCanteen(canteen);
        return orders.changedAtCanteenSince(canteen, since, PageRequest.of(0, MAX_ROWS)).stream()
                .map(Order::toView)
                .toList();
    }

    public List<OrderView> forSenior(long seniorId, long seniorHomeCanteen, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(seniorHomeCanteen);
        return orders.findBySenior(seniorId, PageRequest.of(0, 100)).stream()
                .map(Order::toView)
                .toList();
    }

    /**
     * For the live module: the current snapshot, without a caller's permission check. One plain query, outside any
     * transaction of its own (the push after every commit pays neither Hibernate nor a transaction's round trips).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public OrderView snapshot(long orderId) {
        return snapshots.find(orderId).orElseThrow(() -> notFound(orderId));
    }

    private static long requireOwnCanteen(Actor actor) {
        if (actor.canteenId() == null) {
            throw DomainException.invalid("CANTEEN_REQUIRED", "请指定食堂", "Say which canteen");
        }
        return actor.canteenId();
    }

    private static void requireVisible(Order order, Actor actor) {
        if (actor.isKiosk()) {
            if (!Long.valueOf(actor.id()).equals(order.kioskId())) {
                throw notFound(order.id());
            }
            return;
        }
        actor.requireStaff();
        if (!actor.mayActFor(order.canteenId())) {
            throw notFound(order.id());
        }
    }

    static DomainException notFound(long orderId) {
        return DomainException.notFound("ORDER_NOT_FOUND", "找不到该订单", "Order " + orderId + " not found");
    }
}

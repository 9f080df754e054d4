package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels orders in bulk on behalf of the system, not of a person at a counter: a senior who died or moved away,
 * a senior admitted to a care institution or paused, a canteen closed on a day. Each order goes through
 * {@link OrderProgress#cancel} (refund, portions back, history, {@link OrderChanged}); orders the kitchen has
 * already started are left alone and reported, so staff can decide about them.
 */
@Service
public class OrderWithdrawal {

    private static final Set<OrderStatus> LIVE =
            EnumSet.of(OrderStatus.PLACED, OrderStatus.PREPARING, OrderStatus.READY, OrderStatus.OUT_FOR_DELIVERY);

    private final EntityManager entities;
    private final OrderProgress progress;

    OrderWithdrawal(EntityManager entities, OrderProgress progress) {
        this.entities = entities;
        this.progress = progress;
    }

    /** What a withdrawal did: the orders cancelled and refunded, and those already in the kitchen or on their way. */
    public record Result(List<OrderView> cancelled, List<OrderView> alreadyInKitchen) {

        public static Result none() {
            return new Result(List.of(), List.of());
        }
    }

    /** The senior's orders not yet finished for service dates from {@code from} to {@code to} (null: no end). */
    @Transactional(readOnly = true)
    public List<OrderView> liveOrders(long seniorId, LocalDate from, @Nullable LocalDate to) {
        return ofSenior(seniorId, from, to).stream().map(Order::toView).toList();
    }

    /**
     * Cancels the senior's orders for service dates from {@code from} to {@code to} inclusive ({@code to} null:
     * every later date). {@code by} names the system reason in the order history, e.g. "system:senior-lifecycle".
     */
    @Transactional
    public Result cancelSenior(long seniorId, LocalDate from, @Nullable LocalDate to, String reason, String by) {
        return cancel(ofSenior(seniorId, from, to), reason, by);
    }

    /** Cancels every order of a canteen for one service date (the canteen closed that day). */
    @Transactional
    public Result cancelCanteenDay(long canteenId, LocalDate date, String reason, String by) {
        List<Order> orders = entities.createQuery(
                        "select o from Order o where o.canteenId = :canteen and o.serviceDate = :date"
                                + " and o.status in :live order by o.placedAt",
                        Order.class)
                .setParameter("canteen", canteenId)
                .setParameter("date", date)
                .setParameter("live", LIVE)
                .getResultList();
        return cancel(orders, reason, by);
    }

    private List<Order> ofSenior(long seniorId, LocalDate from, @Nullable LocalDate to) {
        String bounded = to == null ? "" : " and o.serviceDate <= :to";
        var query = entities.createQuery(
                        "select o from Order o where o.seniorId = :senior and o.serviceDate >= :from" + bounded
                                + " and o.status in :live order by o.serviceDate, o.placedAt",
                        Order.class)
                .setParameter("senior", seniorId)
                .setParameter("from", from)
                .setParameter("live", LIVE);
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    private Result cancel(List<Order> orders, String reason, String by) {
        Actor system = new Actor(0, by, Role.DISTRICT_ADMIN, null);
        List<OrderView> cancelled = new ArrayList<>();
        List<OrderView> kept = new ArrayList<>();
        for (Order order : orders) {
            if (order.status().canMoveTo(OrderStatus.CANCELLED, order.toView().channel())) {
                cancelled.add(progress.cancel(order.id(), reason, system));
            } else {
                kept.add(order.toView());
            }
        }
        return new Result(List.copyOf(cancelled), List.copyOf(kept));
    }
}

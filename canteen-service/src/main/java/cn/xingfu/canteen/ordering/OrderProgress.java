package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.menu.Portions;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders through their lifecycle: kitchen (preparing, ready), counter (served, picked up, cash),
 * cancellation (refund and portions back) and the delivery outcomes. Every change is kept in the status
 * history and announced as {@link OrderChanged}.
 */
@Service
public class OrderProgress {

    private static final Set<OrderStatus> DELIVERY_STEPS =
            EnumSet.of(OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED, OrderStatus.FAILED);

    /** How long after a counter hand-over the kitchen display may still recall it: the meal is still in sight. */
    public static final Duration RECALL_WINDOW = Duration.ofMinutes(15);

    private final Orders orders;
    private final Wallets wallets;
    private final Portions portions;
    private final SubsidyUsageCounter usage;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderProgress(
            Orders orders,
            Wallets wallets,
            Portions portions,
            SubsidyUsageCounter usage,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.wallets = wallets;
        this.portions = portions;
        this.usage = usage;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Staff move an order of their canteen to {@code target}; cancelling goes through {@link #cancel}. */
    @Transactional
    public OrderView advance(long orderId, OrderStatus target, @Nullable String note, Actor actor) {
        if (target == OrderStatus.CANCELLED) {
            return cancel(orderId, note, actor);
        }
        actor.requireStaff();
        Order order = load(orderId);
        actor.requireCanteen(order.canteenId());
        return move(order, target, note, actor.username());
    }

    /**
     * Records a delivery step on behalf of the delivery module, which has already checked that the
     * volunteer or staff member owns the route.
     */
    @Transactional
    public OrderView recordDeliveryStep(long orderId, OrderStatus target, @Nullable String note, String by) {
        if (!DELIVERY_STEPS.contains(target)) {
            throw DomainException.invalid("NOT_A_DELIVERY_STEP", "这不是送餐环节的状态", target.en() + " is not a delivery step");
        }
        return move(load(orderId), target, note, by);
    }

    /**
     * Cancels before preparation: the wallet payment comes back, the subsidy no longer counts towards the senior's
     * caps and the portions return to the menu.
     */
    @Transactional
    public OrderView cancel(long orderId, @Nullable String reason, Actor actor) {
        Order order = load(orderId);
        boolean ownKioskOrder = actor.isKiosk() && Long.valueOf(actor.id()).equals(order.kioskId());
        if (!ownKioskOrder) {
            actor.requireStaff();
            actor.requireCanteen(order.canteenId());
        }
        boolean refund = order.paymentMethod() == PaymentMethod.WALLET
                && order.selfPay().signum() > 0
                && order.paymentStatus() == PaymentStatus.PAID;
        OrderView view = move(order, OrderStatus.CANCELLED, reason, actor.username());
        if (refund) {
            wallets.refundOrder(order.seniorId(), order.selfPay(), "refund:" + orderId, orderId, actor.username());
        }
        if (order.subsidy().signum() > 0) {
            usage.releaseOrder(order.id(), order.seniorId(), order.serviceDate(), order.period());
        }
        order.lines().forEach(line -> portions.giveBack(line.menuItemId(), line.quantity()));
        return view;
    }

    /**
     * Staff undo a "ready" or a counter hand-over tapped by mistake ({@link OrderStatus#recallTo}); a hand-over only
     * within {@link #RECALL_WINDOW}.
     */
    @Transactional
    public OrderView recall(long orderId, Actor actor) {
        actor.requireStaff();
        Order order = load(orderId);
        actor.requireCanteen(order.canteenId());
        OrderStatus from = order.status();
        OrderChanged changed = order.recall(RECALL_WINDOW, clock.instant());
        history(order, from, order.status(), "recalled 撤回", actor.username());
        events.publishEvent(changed);
        return order.toView();
    }

    /** The senior paid the self-pay part in cash at the counter. */
    @Transactional
    public OrderView confirmCash(long orderId, Actor actor) {
        actor.requireStaff();
        Order order = load(orderId);
        actor.requireCanteen(order.canteenId());
        OrderChanged changed = order.confirmCash(clock.instant());
        history(order, order.status(), order.status(), "cash paid 现金已收", actor.username());
        events.publishEvent(changed);
        return order.toView();
    }

    private OrderView move(Order order, OrderStatus target, @Nullable String note, String by) {
        OrderStatus from = order.status();
        OrderChanged changed = order.moveTo(target, note, clock.instant());
        history(order, from, target, note, by);
        events.publishEvent(changed);
        return order.toView();
    }

    private void history(Order order, OrderStatus from, OrderStatus to, @Nullable String note, String by) {
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO order_status_change (id, order_id, from_status, to_status, changed_at, changed_by, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                Ids.next(),
                order.id(),
                from.name(),
                to.name(),
                Timestamp.from(now),
                by,
                note);
    }

    private Order load(long orderId) {
        return orders.findForUpdate(orderId).orElseThrow(() -> OrderQueries.notFound(orderId));
    }
}

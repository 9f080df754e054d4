package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.Portions;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.wallet.LockedWallet;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places orders. One short transaction per order: the senior's wallet row is locked first (so one senior's orders
 * never interleave and subsidy caps are counted correctly), money moves by conditional update, and the lunch rush's
 * hot row, the dish's portions, is touched last, so it is held only from that update to the commit. The order
 * number comes from a block this instance reserved before the transaction (see {@link OrderNumbers}). The whole
 * path is plain JDBC apart from cached reads. A retry with the same idempotency key returns the first order.
 */
@Service
public class OrderPlacement {

    private final OrderResolver resolver;
    private final Orders orders;
    private final OrderRows rows;
    private final Wallets wallets;
    private final Portions portions;
    private final MenuCatalog menus;
    private final OrderNumbers numbers;
    private final SubsidyUsageCounter usage;
    private final OrderPricing pricing;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    OrderPlacement(
            OrderResolver resolver,
            Orders orders,
            OrderRows rows,
            Wallets wallets,
            Portions portions,
            MenuCatalog menus,
            OrderNumbers numbers,
            SubsidyUsageCounter usage,
            OrderPricing pricing,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.resolver = resolver;
        this.orders = orders;
        this.rows = rows;
        this.wallets = wallets;
        this.portions = portions;
        this.menus = menus;
        this.numbers = numbers;
        this.usage = usage;
        this.pricing = pricing;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        // read committed: after waiting for the senior's lock we must see what the previous holder committed
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Places the order, or returns the one already placed with this key by this account. */
    public PlacedOrder place(PlaceOrder request, String idempotencyKey, Actor actor) {
        String fingerprint = fingerprint(request);
        reserveNumbers(request, actor);
        try {
            return transaction.execute(status -> placeOnce(request, idempotencyKey, fingerprint, actor));
        } catch (DataIntegrityViolationException raceOnKey) {
            // two requests with one key got past the checks at once; the unique key let only one commit
            return readOnly.execute(status -> rows.byKey(actor.id(), idempotencyKey)
                    .map(existing -> replay(existing, fingerprint))
                    .orElseThrow(() -> raceOnKey));
        }
    }

    /** Prices the request as it would be placed now; changes nothing but the scan log. */
    public Quote quote(PlaceOrder request, Actor actor) {
        return transaction.execute(status -> {
            ResolvedOrder resolved = resolver.resolve(request, actor, true);
            OrderPricing.Priced priced = price(resolved);
            SubsidyDecision decision = priced.decision();
            return new Quote(
                    priced.gross(),
                    decision.subsidy(),
                    decision.selfPay(),
                    decision.tierCode(),
                    decision.policyVersion(),
                    decision.reason(),
                    resolved.warnings(),
                    priced.priceRuleCode(),
                    priced.priceRuleDiscount(),
                    decision.granted());
        });
    }

    /** A block of order numbers for the canteen and day of the first dish, taken before the order's transaction. */
    private void reserveNumbers(PlaceOrder request, Actor actor) {
        if (request.items() == null || request.items().isEmpty()) {
            return;
        }
        try {
            long canteenId = resolver.canteenOf(request, actor);
            numbers.reserve(
                    canteenId,
                    menus.plannedItem(request.items().get(0).menuItemId()).serviceDate());
        } catch (DomainException refusedLater) {
            // the transaction refuses the request with the same error; nothing to reserve for it
        }
    }

    private PlacedOrder placeOnce(PlaceOrder request, String key, String fingerprint, Actor actor) {
        Optional<OrderRows.Keyed> existing = rows.byKey(actor.id(), key);
        if (existing.isPresent()) {
            return replay(existing.get(), fingerprint);
        }
        ResolvedOrder resolved = resolver.resolve(request, actor, false);
        String allergenConfirmedBy = null;
        if (resolved.hasBlockingWarning()) {
            if (!(request.allergenConfirmed() && actor.isStaff())) {
                throw new DomainException(
                        DomainException.Kind.REJECTED,
                        "ALLERGEN_CONFIRMATION_REQUIRED",
                        "所选菜品含有该长者过敏的食物，需要工作人员确认",
                        "A chosen dish contains an allergen of this senior; staff must confirm",
                        Map.of("warnings", resolved.warnings()));
            }
            allergenConfirmedBy = actor.username();
        }
        long seniorId = resolved.senior().id();
        LockedWallet wallet = wallets.lock(seniorId);
        existing = rows.byKey(actor.id(), key);
        if (existing.isPresent()) {
            return replay(existing.get(), fingerprint);
        }
        OrderPricing.Priced priced = price(resolved);
        SubsidyDecision decision = priced.decision();
        long orderId = Ids.next();
        if (request.payment() == PaymentMethod.WALLET && decision.selfPay().signum() > 0) {
            wallets.payOrder(wallet, decision.selfPay(), "order:" + orderId, orderId, actor.username());
        }
        if (decision.subsidised()) {
            usage.record(
                    seniorId,
                    decision.granted().stream()
                            .map(SubsidyDecision.Share::schemeCode)
                            .toList(),
                    resolved.serviceDate(),
                    resolved.period());
        }
        String number = numbers.next(resolved.canteen().id(), resolved.serviceDate(), resolved.channel());
        Instant now = clock.instant();
        Order order = new Order(
                orderId,
                new Order.Placement(
                        number,
                        resolved.canteen().id(),
                        actor.isKiosk() ? actor.id() : null,
                        actor.id(),
                        actor.username(),
                        seniorId,
                        resolved.senior().maskedName(),
                        resolved.card() == null ? null : resolved.card().cardId(),
                        resolved.card() == null ? null : resolved.card().scanId(),
                        resolved.verification(),
                        resolved.channel(),
                        resolved.period(),
                        resolved.serviceDate(),
                        request.payment(),
                        DietaryCheck.kitchenFlags(resolved.senior().dietary()),
                        allergenConfirmedBy,
                        key,
                        fingerprint,
                        request.offlineCreatedAt()),
                new Order.Pricing(
                        priced.gross(),
                        decision.subsidy(),
                        decision.selfPay(),
                        decision.tierCode(),
                        decision.policyVersion(),
                        decision.reason(),
                        priced.priceRuleCode(),
                        priced.priceRuleDiscount(),
                        decision.shares()),
                resolved.items().stream()
                        .map(item -> new OrderLine(
                                item.dish().menuItemId(),
                                item.dish().dishId(),
                                item.dish().name(),
                                item.dish().nameEn(),
                                item.dish().price(),
                                item.quantity()))
                        .toList(),
                now);
        rows.insert(order);
        // OrderChanged's listeners keep no event registry row, so nothing needs flushing before the hot rows; a module
        // listener added later would have its row written at commit, under the portion row's lock: flush here then
        events.publishEvent(order.changed(null));
        // the hot rows last, in a fixed order so two orders never deadlock; a sold-out dish rolls everything back
        resolved.items().stream()
                .sorted(Comparator.comparingLong(item -> item.dish().menuItemId()))
                .forEach(item -> {
                    if (!portions.take(item.dish().menuItemId(), item.quantity())) {
                        throw OrderResolver.soldOut(item.dish());
                    }
                });
        return new PlacedOrder(order.toView(), true, resolved.warnings());
    }

    private OrderPricing.Priced price(ResolvedOrder resolved) {
        OrderPricing.Context context =
                pricing.context(resolved.canteen(), resolved.senior().id(), resolved.serviceDate(), resolved.period());
        return pricing.price(
                context,
                resolved.canteen(),
                resolved.senior(),
                resolved.serviceDate(),
                resolved.period(),
                resolved.channel(),
                resolved.gross());
    }

    private PlacedOrder replay(OrderRows.Keyed existing, String fingerprint) {
        if (!existing.fingerprint().equals(fingerprint)) {
            throw DomainException.conflict(
                    "IDEMPOTENCY_KEY_REUSED",
                    "该请求编号已用于另一张不同的订单",
                    "This idempotency key was already used for a different order");
        }
        Order order = orders.findById(existing.orderId()).orElseThrow();
        return new PlacedOrder(order.toView(), false, List.of());
    }

    /** What makes two requests "the same order": identity, channel, payment, date, period and dishes. */
    static String fingerprint(PlaceOrder request) {
        StringBuilder canonical = new StringBuilder()
                .append(request.cardToken())
                .append('|')
                .append(request.manualCode())
                .append('|')
                .append(request.seniorId())
                .append('|')
                .append(request.canteenId())
                .append('|')
                .append(request.channel())
                .append('|')
                .append(request.payment())
                .append('|')
                .append(request.serviceDate())
                .append('|')
                .append(request.period());
        request.items().stream()
                .sorted(Comparator.comparingLong(PlaceOrder.Item::menuItemId))
                .forEach(item -> canonical
                        .append('|')
                        .append(item.menuItemId())
                        .append('x')
                        .append(item.quantity()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

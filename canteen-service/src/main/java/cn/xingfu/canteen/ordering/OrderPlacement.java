package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.menu.Portions;
import cn.xingfu.canteen.shared.DomainException;
import cn.xingfu.canteen.shared.Ids;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.subsidy.SubsidyEngine;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyRequest;
import cn.xingfu.canteen.subsidy.SubsidyUsage;
import cn.xingfu.canteen.wallet.Wallets;
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
 * Places orders. One short transaction per order: the senior's wallet row is locked first (so one
 * senior's orders never interleave and subsidy caps are counted correctly), money moves by conditional
 * update, and the hot rows — the dish's portions and the order counter — are touched last, so they are
 * held only until the commit. A retry with the same idempotency key returns the first order.
 */
@Service
public class OrderPlacement {

    private final OrderResolver resolver;
    private final Orders orders;
    private final Wallets wallets;
    private final Portions portions;
    private final OrderNumbers numbers;
    private final SubsidyUsageCounter usage;
    private final SubsidyPolicies policies;
    private final SubsidyEngine engine;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    OrderPlacement(
            OrderResolver resolver,
            Orders orders,
            Wallets wallets,
            Portions portions,
            OrderNumbers numbers,
            SubsidyUsageCounter usage,
            SubsidyPolicies policies,
            SubsidyEngine engine,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.resolver = resolver;
        this.orders = orders;
        this.wallets = wallets;
        this.portions = portions;
        this.numbers = numbers;
        this.usage = usage;
        this.policies = policies;
        this.engine = engine;
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
        try {
            return transaction.execute(status -> placeOnce(request, idempotencyKey, fingerprint, actor));
        } catch (DataIntegrityViolationException raceOnKey) {
            // two requests with one key got past the checks at once; the unique key let only one commit
            return readOnly.execute(status -> orders.findByKey(actor.id(), idempotencyKey)
                    .map(existing -> replay(existing, fingerprint))
                    .orElseThrow(() -> raceOnKey));
        }
    }

    /** Prices the request as it would be placed now; changes nothing but the scan log. */
    public Quote quote(PlaceOrder request, Actor actor) {
        return transaction.execute(status -> {
            ResolvedOrder resolved = resolver.resolve(request, actor);
            SubsidyDecision decision =
                    decide(resolved, usage.count(resolved.senior().id(), resolved.serviceDate(), resolved.period()));
            return new Quote(
                    decision.gross(),
                    decision.subsidy(),
                    decision.selfPay(),
                    decision.tierCode(),
                    decision.policyVersion(),
                    decision.reason(),
                    resolved.warnings());
        });
    }

    private PlacedOrder placeOnce(PlaceOrder request, String key, String fingerprint, Actor actor) {
        Optional<Order> existing = orders.findByKey(actor.id(), key);
        if (existing.isPresent()) {
            return replay(existing.get(), fingerprint);
        }
        ResolvedOrder resolved = resolver.resolve(request, actor);
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
        wallets.lock(seniorId);
        existing = orders.findByKey(actor.id(), key);
        if (existing.isPresent()) {
            return replay(existing.get(), fingerprint);
        }
        SubsidyDecision decision = decide(resolved, usage.count(seniorId, resolved.serviceDate(), resolved.period()));
        long orderId = Ids.next();
        if (request.payment() == PaymentMethod.WALLET && decision.selfPay().signum() > 0) {
            wallets.payOrder(seniorId, decision.selfPay(), "order:" + orderId, orderId, actor.username());
        }
        // the hot rows last: portions of popular dishes, then the canteen's order counter
        resolved.items().stream()
                .sorted(Comparator.comparingLong(item -> item.dish().menuItemId()))
                .forEach(item -> {
                    if (!portions.take(item.dish().menuItemId(), item.quantity())) {
                        throw OrderResolver.soldOut(item.dish());
                    }
                });
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
                        decision.gross(),
                        decision.subsidy(),
                        decision.selfPay(),
                        decision.tierCode(),
                        decision.policyVersion(),
                        decision.reason()),
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
        orders.save(order);
        events.publishEvent(order.changed(null));
        return new PlacedOrder(order.toView(), true, resolved.warnings());
    }

    private SubsidyDecision decide(ResolvedOrder resolved, SubsidyUsage used) {
        var policy = policies.inForce(resolved.canteen().districtCode(), resolved.serviceDate());
        return engine.decide(
                policy,
                new SubsidyRequest(
                        resolved.senior().dateOfBirth(),
                        resolved.senior().statusesOn(resolved.serviceDate()),
                        resolved.serviceDate(),
                        resolved.period(),
                        resolved.channel(),
                        resolved.gross(),
                        used));
    }

    private static PlacedOrder replay(Order existing, String fingerprint) {
        if (!existing.requestFingerprint().equals(fingerprint)) {
            throw DomainException.conflict(
                    "IDEMPOTENCY_KEY_REUSED",
                    "该请求编号已用于另一张不同的订单",
                    "This idempotency key was already used for a different order");
        }
        return new PlacedOrder(existing.toView(), false, List.of());
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

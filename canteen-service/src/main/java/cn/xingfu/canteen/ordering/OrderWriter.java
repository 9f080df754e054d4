package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.card.CardVerification;
import cn.xingfu.canteen.card.ScanContext;
import cn.xingfu.canteen.menu.Portions;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.wallet.LockedWallet;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a group of pending orders in the caller's transaction, with a few statements for the whole group instead of
 * a score per order. First every lock and read: the seniors' wallet rows (ascending, one statement), the idempotency
 * keys already used, the subsidy usage around the service dates. Then each order is decided in memory in arrival
 * order, counting the earlier ones of the group (a senior's second meal of the period, a wallet that runs dry), so
 * that one refused order refuses nothing else. Then one batch per table: scan log, wallet debits and ledger, subsidy
 * usage, orders, lines, shares. The dishes' portions come last, one update per dish, so the lunch rush's hot row is
 * held only from there to the commit.
 *
 * <p>A group must not sell a dish out: a portion update that would leave none returns false, and the caller rolls the
 * group back and writes its orders one at a time ({@code exactPortions}), where the last portion goes to the first
 * order and the sell-out is announced as before.
 */
@Component
class OrderWriter {

    /** What became of one pending order. */
    sealed interface Outcome {}

    /** Written: the order as placed. */
    record Placed(PlacedOrder order) implements Outcome {}

    /** The account already has an order under this key (or an earlier one of the group has): replay that one. */
    record AlreadyPlaced() implements Outcome {}

    /** Refused or failed; a {@link DomainException} is the refusal to answer with. */
    record Failed(RuntimeException reason) implements Outcome {}

    /** Thrown when a group would sell a dish out: roll back and write the group's orders one at a time. */
    static final class GroupWouldSellOut extends RuntimeException {
        GroupWouldSellOut() {
            super("a dish would sell out within the group", null, false, false);
        }
    }

    private final OrderRows rows;
    private final Wallets wallets;
    private final Portions portions;
    private final CardVerification cards;
    private final OrderNumbers numbers;
    private final SubsidyUsageCounter usage;
    private final OrderPricing pricing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderWriter(
            OrderRows rows,
            Wallets wallets,
            Portions portions,
            CardVerification cards,
            OrderNumbers numbers,
            SubsidyUsageCounter usage,
            OrderPricing pricing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.wallets = wallets;
        this.portions = portions;
        this.cards = cards;
        this.numbers = numbers;
        this.usage = usage;
        this.pricing = pricing;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param exactPortions take portions order by order, refusing a sold-out dish for that order (a group of one);
     *     otherwise throw {@link GroupWouldSellOut} when a dish would run out
     * @return one outcome per pending order, in the same order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Outcome> write(List<PendingOrder> group, boolean exactPortions) {
        Map<Long, LockedWallet> balances =
                wallets.lockAll(group.stream().map(PendingOrder::seniorId).toList());
        Set<OrderRows.AccountKey> used = new HashSet<>(
                rows.existing(group.stream().map(PendingOrder::accountKey).toList()));
        SubsidyUsageCounter.Tally tally = usage.tally(
                group.stream().map(PendingOrder::seniorId).distinct().toList(),
                group.stream().map(p -> p.resolved().serviceDate()).distinct().toList());
        Written written = new Written();
        List<Outcome> outcomes = new ArrayList<>(group.size());
        for (PendingOrder pending : group) {
            if (!used.add(pending.accountKey())) {
                outcomes.add(new AlreadyPlaced());
                continue;
            }
            try {
                outcomes.add(new Placed(decide(pending, balances, tally, written)));
            } catch (DomainException refused) {
                outcomes.add(new Failed(refused));
            }
        }
        if (!written.orders.isEmpty()) {
            cards.recordAccepted(written.scans);
            wallets.payOrders(written.payments);
            usage.recordAll(written.meals);
            rows.insertAll(written.orders);
            for (int i = 0; i < written.orders.size(); i++) {
                events.publishEvent(written.orders.get(i).placed(written.views.get(i)));
            }
            takePortions(written, exactPortions);
        }
        return outcomes;
    }

    /** One order against the group's locks and counts so far; changes them only if the order is accepted. */
    private PlacedOrder decide(
            PendingOrder pending, Map<Long, LockedWallet> balances, SubsidyUsageCounter.Tally tally, Written written) {
        ResolvedOrder resolved = pending.resolved();
        long seniorId = pending.seniorId();
        OrderPricing.Priced priced = pricing.price(
                pricing.context(resolved.canteen(), tally, seniorId, resolved.serviceDate(), resolved.period()),
                resolved);
        SubsidyDecision decision = priced.decision();
        long orderId = Ids.next();
        if (pending.request().payment() == PaymentMethod.WALLET
                && decision.selfPay().signum() > 0) {
            LockedWallet wallet = balances.get(seniorId);
            Wallets.requireCovers(wallet, decision.selfPay());
            written.payments.add(new Wallets.OrderPayment(
                    wallet,
                    decision.selfPay(),
                    "order:" + orderId,
                    orderId,
                    pending.actor().username(),
                    pending.auditedAs()));
            balances.put(seniorId, new LockedWallet(seniorId, wallet.balance().subtract(decision.selfPay())));
        }
        if (decision.subsidised()) {
            SubsidyUsageCounter.Meal meal = new SubsidyUsageCounter.Meal(
                    seniorId,
                    decision.granted().stream()
                            .map(SubsidyDecision.Share::schemeCode)
                            .toList(),
                    resolved.serviceDate(),
                    resolved.period());
            written.meals.add(meal);
            tally.add(meal);
        }
        Order order = order(orderId, pending, priced, clock.instant());
        OrderView view = order.toView();
        written.orders.add(order);
        written.views.add(view);
        written.lines.add(resolved.items());
        if (resolved.card() != null) {
            written.scans.add(new CardVerification.AcceptedScan(
                    resolved.card(),
                    new ScanContext(pending.actor(), resolved.canteen().id())));
        }
        resolved.items()
                .forEach(item -> written.portions.merge(item.dish().menuItemId(), item.quantity(), Integer::sum));
        return new PlacedOrder(view, true, resolved.warnings());
    }

    private Order order(long orderId, PendingOrder pending, OrderPricing.Priced priced, Instant now) {
        ResolvedOrder resolved = pending.resolved();
        SubsidyDecision decision = priced.decision();
        return new Order(
                orderId,
                new Order.Placement(
                        numbers.next(resolved.canteen().id(), resolved.serviceDate(), resolved.channel()),
                        resolved.canteen().id(),
                        pending.actor().isKiosk() ? pending.actor().id() : null,
                        pending.actor().id(),
                        pending.actor().username(),
                        pending.seniorId(),
                        resolved.senior().maskedName(),
                        resolved.card() == null ? null : resolved.card().cardId(),
                        resolved.card() == null ? null : resolved.card().scanId(),
                        resolved.verification(),
                        resolved.channel(),
                        resolved.period(),
                        resolved.serviceDate(),
                        pending.request().payment(),
                        DietaryCheck.kitchenFlags(resolved.senior().dietary()),
                        pending.allergenConfirmedBy(),
                        pending.idempotencyKey(),
                        pending.fingerprint(),
                        pending.request().offlineCreatedAt()),
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
    }

    /** The hot rows last, in ascending id order so that two writers never deadlock. */
    private void takePortions(Written written, boolean exactPortions) {
        if (!exactPortions) {
            if (!portions.takeAllUnlessLast(written.portions)) {
                throw new GroupWouldSellOut();
            }
            return;
        }
        for (List<ResolvedOrder.Item> items : written.lines) {
            items.stream()
                    .sorted(Comparator.comparingLong(item -> item.dish().menuItemId()))
                    .forEach(item -> {
                        if (!portions.take(item.dish().menuItemId(), item.quantity())) {
                            throw OrderResolver.soldOut(item.dish());
                        }
                    });
        }
    }

    /** What the accepted orders of a group write. */
    private static final class Written {
        final List<Order> orders = new ArrayList<>();
        final List<OrderView> views = new ArrayList<>();
        final List<List<ResolvedOrder.Item>> lines = new ArrayList<>();
        final List<Wallets.OrderPayment> payments = new ArrayList<>();
        final List<SubsidyUsageCounter.Meal> meals = new ArrayList<>();
        final List<CardVerification.AcceptedScan> scans = new ArrayList<>();
        final Map<Long, Integer> portions = new LinkedHashMap<>();
    }
}

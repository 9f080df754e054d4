package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.CurrentActor;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.kernel.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places orders. Everything that needs no lock runs on the caller's thread: the card, the senior, the menu, the cut-off
 * and the dietary warnings. The idempotency key is checked with the group (a retry returns the first order; so does a
 * retry refused by those checks, the card blocked or ordering closed since the first). The rest is written with other
 * orders of the canteen in one short transaction ({@link OrderGroupCommit}, {@link OrderWriter}): the seniors' wallet
 * rows are locked first (so one senior's orders never interleave and subsidy caps are counted correctly), money
 * moves by conditional update, and the lunch rush's hot row, the dish's portions, is touched last, so it is held
 * only from that update to the commit. The order number comes from a block reserved before that transaction (see
 * {@link OrderNumbers}). A caller already in a transaction (a job placing standing orders) has its order written
 * alone, in that transaction. The whole path is plain JDBC apart from cached reads.
 */
@Service
public class OrderPlacement {

    private final OrderResolver resolver;
    private final Orders orders;
    private final OrderRows rows;
    private final OrderWriter writer;
    private final OrderGroupCommit groupCommit;
    private final OrderPricing pricing;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    OrderPlacement(
            OrderResolver resolver,
            Orders orders,
            OrderRows rows,
            OrderWriter writer,
            OrderGroupCommit groupCommit,
            OrderPricing pricing,
            PlatformTransactionManager transactions) {
        this.resolver = resolver;
        this.orders = orders;
        this.rows = rows;
        this.writer = writer;
        this.groupCommit = groupCommit;
        this.pricing = pricing;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Places the order, or returns the one already placed with this key by this account. */
    public PlacedOrder place(PlaceOrder request, String idempotencyKey, Actor actor) {
        String fingerprint = fingerprint(request);
        PendingOrder pending;
        try {
            ResolvedOrder resolved = resolver.resolve(request, actor, false);
            pending = new PendingOrder(
                    request,
                    idempotencyKey,
                    fingerprint,
                    actor,
                    CurrentActor.current().orElse(null),
                    resolved,
                    allergenConfirmedBy(resolved, request, actor));
        } catch (DomainException refused) {
            // a retry of an order placed before may be refused now (the card blocked since, ordering closed): it
            // still gets the order it placed. Looked up only here: on the way to a group the group checks the key
            return replayByKey(actor, idempotencyKey, fingerprint).orElseThrow(() -> refused);
        }
        OrderWriter.Outcome outcome = TransactionSynchronizationManager.isActualTransactionActive()
                ? writer.write(List.of(pending), true).get(0)
                : groupCommit.write(pending);
        if (outcome instanceof OrderWriter.Placed placed) {
            return placed.order();
        }
        if (outcome instanceof OrderWriter.Failed failed) {
            if (failed.reason() instanceof DataIntegrityViolationException raceOnKey) {
                // two requests with one key got past the checks at once; the unique key let only one commit
                return replayByKey(actor, idempotencyKey, fingerprint).orElseThrow(() -> raceOnKey);
            }
            throw failed.reason();
        }
        return replayByKey(actor, idempotencyKey, fingerprint)
                .orElseThrow(() -> new IllegalStateException("an order said to exist under the key was not found"));
    }

    /** Prices the request as it would be placed now; changes nothing but the scan log. */
    public Quote quote(PlaceOrder request, Actor actor) {
        return transaction.execute(status -> {
            ResolvedOrder resolved = resolver.resolve(request, actor, true);
            OrderPricing.Priced priced = pricing.price(
                    pricing.context(
                            resolved.canteen(), resolved.senior().id(), resolved.serviceDate(), resolved.period()),
                    resolved);
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

    /** The staff member confirming a blocking allergen warning, or null when there is none. */
    private static @Nullable String allergenConfirmedBy(ResolvedOrder resolved, PlaceOrder request, Actor actor) {
        if (!resolved.hasBlockingWarning()) {
            return null;
        }
        if (!(request.allergenConfirmed() && actor.isStaff())) {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "ALLERGEN_CONFIRMATION_REQUIRED",
                    "所选菜品含有该长者过敏的食物，需要工作人员确认",
                    "A chosen dish contains an allergen of this senior; staff must confirm",
                    Map.of("warnings", resolved.warnings()));
        }
        return actor.username();
    }

    private Optional<PlacedOrder> replayByKey(Actor actor, String idempotencyKey, String fingerprint) {
        return rows.byKey(actor.id(), idempotencyKey).map(existing -> replay(existing, fingerprint));
    }

    private PlacedOrder replay(OrderRows.Keyed existing, String fingerprint) {
        if (!existing.fingerprint().equals(fingerprint)) {
            throw DomainException.conflict(
                    "IDEMPOTENCY_KEY_REUSED",
                    "该请求编号已用于另一张不同的订单",
                    "This idempotency key was already used for a different order");
        }
        OrderView order = readOnly.execute(
                status -> orders.findById(existing.orderId()).orElseThrow().toView());
        return new PlacedOrder(order, false, List.of());
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

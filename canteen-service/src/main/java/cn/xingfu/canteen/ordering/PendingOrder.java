package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.security.Actor;
import org.jspecify.annotations.Nullable;

/**
 * An order request that passed every check needing no lock, waiting to be written (alone or with others).
 *
 * @param auditedAs the account signed in where the order was asked for (the wallet's audit rows name it), or null for
 *     a job acting as {@code actor}
 * @param allergenConfirmedBy the staff member who confirmed a blocking allergen warning, or null
 */
record PendingOrder(
        PlaceOrder request,
        String idempotencyKey,
        String fingerprint,
        Actor actor,
        @Nullable Actor auditedAs,
        ResolvedOrder resolved,
        @Nullable String allergenConfirmedBy) {

    long seniorId() {
        return resolved.senior().id();
    }

    OrderRows.AccountKey accountKey() {
        return new OrderRows.AccountKey(actor.id(), idempotencyKey);
    }
}

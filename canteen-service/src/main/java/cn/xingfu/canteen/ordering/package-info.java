/**
 * Dine-in, takeaway and delivery orders: placement (card check, cut-off, dietary check, subsidy, payment,
 * portions, idempotency) and the guarded order lifecycle. Publishes {@link cn.xingfu.canteen.ordering.OrderChanged}.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "site", "senior", "card", "menu", "subsidy", "wallet"})
@NullMarked
package cn.xingfu.canteen.ordering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

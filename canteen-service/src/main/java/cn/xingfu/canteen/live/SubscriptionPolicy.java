package cn.xingfu.canteen.live;

import cn.xingfu.canteen.live.LiveDestinations.Target;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may listen where. Staff see their own canteen (district administrators every canteen), its welfare alerts
 * included; a kiosk hears only about its own orders and its canteen's menu; volunteers get nothing here.
 */
@Component
class SubscriptionPolicy {

    private final Accounts accounts;
    private final OrderQueries orders;

    SubscriptionPolicy(Accounts accounts, OrderQueries orders) {
        this.accounts = accounts;
        this.orders = orders;
    }

    boolean maySubscribe(Actor actor, String destination) {
        return LiveDestinations.parse(destination)
                .map(target -> allows(actor, target))
                .orElse(false);
    }

    private boolean allows(Actor actor, Target target) {
        return switch (target.kind()) {
            // the alert push carries what the staff alert list shows (address, whom to call): the same rule as that
            // list
            case CANTEEN_ORDERS, CANTEEN_BOARD, CANTEEN_ALERTS -> actor.isStaff() && actor.mayActFor(target.id());
            case CANTEEN_MENU -> (actor.isStaff() || actor.isKiosk()) && actor.mayActFor(target.id());
            case KIOSK_ORDERS -> actor.isKiosk() ? actor.id() == target.id() : staffOfKioskCanteen(actor, target.id());
            case ORDER -> mayReadOrder(actor, target.id());
        };
    }

    private boolean staffOfKioskCanteen(Actor actor, long kioskId) {
        if (!actor.isStaff()) {
            return false;
        }
        return accounts.findById(kioskId)
                .filter(account -> account.getRole() == Role.KIOSK)
                .map(Account::getCanteenId)
                .map(actor::mayActFor)
                .orElse(false);
    }

    private boolean mayReadOrder(Actor actor, long orderId) {
        if (!actor.isStaff() && !actor.isKiosk()) {
            return false;
        }
        try {
            // the same visibility rule as GET /api/orders/{id}: the placing kiosk, staff of the canteen
            orders.get(orderId, actor);
            return true;
        } catch (DomainException notVisible) {
            return false;
        }
    }
}

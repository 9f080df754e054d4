package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.ordering.OrderWithdrawal;
import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorLifecycleChanged;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.ServiceDayClosed;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What happens to orders when a senior leaves for good or a canteen closes on a day. Runs after the change has
 * committed, in its own transaction, from the event registry: a failure is retried, and a retry finds only the
 * orders still to cancel, so it is harmless.
 */
@Component
class DepartureReactions {

    private static final Logger log = LoggerFactory.getLogger(DepartureReactions.class);

    private final StandingOrderBook book;
    private final OrderWithdrawal withdrawal;
    private final Clock clock;

    DepartureReactions(StandingOrderBook book, OrderWithdrawal withdrawal, Clock clock) {
        this.book = book;
        this.withdrawal = withdrawal;
        this.clock = clock;
    }

    /** A death or a move away: standing orders end, orders for today on are cancelled and refunded. */
    @ApplicationModuleListener
    void on(SeniorLifecycleChanged changed) {
        if (changed.to() != Lifecycle.DECEASED && changed.to() != Lifecycle.MOVED_AWAY) {
            return;
        }
        String reason =
                (changed.to() == Lifecycle.DECEASED ? "长者已故 deceased" : "长者迁出 moved away") + ": " + changed.reason();
        int stopped = book.stopAll(changed.seniorId(), reason);
        LocalDate today = LocalDate.now(clock.withZone(CanteenDirectory.ZONE));
        OrderWithdrawal.Result result =
                withdrawal.cancelSenior(changed.seniorId(), today, null, cut(reason), "system:senior-lifecycle");
        log.info(
                "Senior {} {}: {} standing orders ended, {} orders cancelled, {} already in the kitchen",
                changed.seniorId(),
                changed.to(),
                stopped,
                result.cancelled().size(),
                result.alreadyInKitchen().size());
    }

    /** The canteen declared a closure: the day's orders are cancelled and refunded. */
    @ApplicationModuleListener
    void on(ServiceDayClosed closed) {
        OrderWithdrawal.Result result = withdrawal.cancelCanteenDay(
                closed.canteenId(),
                closed.date(),
                cut("食堂休息 closed: " + closed.reasonZh() + " / " + closed.reasonEn()),
                "system:closure");
        log.info(
                "Canteen {} closed on {}: {} orders cancelled, {} already in the kitchen",
                closed.canteenId(),
                closed.date(),
                result.cancelled().size(),
                result.alreadyInKitchen().size());
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}

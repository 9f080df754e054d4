package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Weekday lunch standing orders for the first twenty seniors of the first canteen, generated at once, so the kitchen
 * count has standing orders (and, for the three paying from an empty wallet, failures to call about). Idempotent.
 */
@Component
@Profile("demo")
@Order(80)
class StandingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StandingDemoData.class);

    private final StandingOrderBook book;
    private final StandingOrders standing;
    private final StandingOrderGenerator generator;
    private final SeniorDirectory seniors;
    private final CanteenDirectory canteens;

    StandingDemoData(
            StandingOrderBook book,
            StandingOrders standing,
            StandingOrderGenerator generator,
            SeniorDirectory seniors,
            CanteenDirectory canteens) {
        this.book = book;
        this.standing = standing;
        this.generator = generator;
        this.seniors = seniors;
        this.canteens = canteens;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (standing.count() > 0) {
            return;
        }
        CanteenView first = canteens.all().stream()
                .min(Comparator.comparingLong(CanteenView::id))
                .orElse(null);
        if (first == null) {
            return;
        }
        Actor manager = new Actor(0, "demo-seed", Role.DISTRICT_ADMIN, null);
        List<Long> ids = seniors.activeSeniorIds(first.id()).stream().limit(20).toList();
        for (int i = 0; i < ids.size(); i++) {
            // most pay at the counter; the last few from a wallet the demo leaves empty, to show failures
            book.book(
                    ids.get(i),
                    new StandingOrderBook.Booking(
                            MealPeriod.LUNCH,
                            Channel.DINE_IN,
                            i < ids.size() - 3 ? PaymentMethod.CASH : PaymentMethod.WALLET,
                            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                            List.of("荤菜", "素菜"),
                            null,
                            null),
                    manager);
        }
        var today = java.time.LocalDate.now(CanteenDirectory.ZONE);
        GenerationReport report = generator.generate(first.id(), today.plusDays(1));
        log.info("Demo standing orders: {} booked at {}, tomorrow {}", ids.size(), first.name(), report);
    }
}

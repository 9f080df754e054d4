package cn.xingfu.canteen.foodsafety;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The first canteen's sample fridge with this morning's reading, and three food handlers: two certified, one whose
 * certificate ran out yesterday (the page shows them as unable to work). Idempotent.
 */
@Component
@Profile("demo")
@Order(85)
class FoodSafetyDemoData implements ApplicationRunner {

    private final SampleLog samples;
    private final FoodHandlers handlers;
    private final CanteenDirectory canteens;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FoodSafetyDemoData(
            SampleLog samples, FoodHandlers handlers, CanteenDirectory canteens, JdbcTemplate jdbc, Clock clock) {
        this.samples = samples;
        this.handlers = handlers;
        this.canteens = canteens;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer fridges = jdbc.queryForObject("SELECT COUNT(*) FROM sample_fridge", Integer.class);
        CanteenView first = canteens.all().stream()
                .min(Comparator.comparingLong(CanteenView::id))
                .orElse(null);
        if (first == null || (fridges != null && fridges > 0)) {
            return;
        }
        Actor manager = new Actor(0, "demo-seed", Role.DISTRICT_ADMIN, null);
        var fridge = samples.addFridge(first.id(), "留样冰箱 1 号", manager);
        samples.read(fridge.id(), new BigDecimal("4.0"), manager);
        LocalDate today = LocalDate.now(clock.withZone(CanteenDirectory.ZONE));
        String[][] staff = {{"李厨师", "200"}, {"王帮厨", "30"}, {"赵面点", "366"}};
        for (String[] person : staff) {
            var handler = handlers.register(first.id(), person[0], manager);
            handlers.certify(
                    handler.id(),
                    "JK" + Ids.next(),
                    "江津区疾病预防控制中心",
                    today.minusDays(Long.parseLong(person[1])),
                    null,
                    manager);
            if (!person[1].equals("366")) {
                handlers.assign(handler.id(), today, MealPeriod.LUNCH, manager);
            }
        }
    }
}

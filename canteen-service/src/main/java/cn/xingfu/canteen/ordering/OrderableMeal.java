package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

/**
 * The meal a kiosk offers now: the first of today's meals whose ordering cut-off for the channel has not
 * passed, or else tomorrow's first meal — so at 08:45, after breakfast orders closed, seniors see lunch,
 * and after dinner they can already order tomorrow's breakfast.
 */
public record OrderableMeal(LocalDate serviceDate, MealPeriod period) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static Optional<OrderableMeal> next(CanteenView canteen, Channel channel, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        LocalTime time = now.atZone(CHINA).toLocalTime();
        var byServing = Comparator.comparing(MealWindow::serveFrom);
        Optional<OrderableMeal> laterToday = canteen.meals().stream()
                .sorted(byServing)
                .filter(window -> time.isBefore(window.cutoffFor(channel)))
                .findFirst()
                .map(window -> new OrderableMeal(today, window.period()));
        if (laterToday.isPresent()) {
            return laterToday;
        }
        return canteen.meals().stream()
                .sorted(byServing)
                .findFirst()
                .map(window -> new OrderableMeal(today.plusDays(1), window.period()));
    }
}

package cn.xingfu.canteen.live;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Instant;
import java.time.LocalDate;

/** Pushed to {@code /topic/canteens/{canteenId}/menu} when a dish sells out or comes back. */
public record MenuAvailability(
        long canteenId,
        long menuItemId,
        LocalDate serviceDate,
        MealPeriod period,
        int portionsLeft,
        boolean soldOut,
        Instant changedAt) {}

package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalDate;

/** A dish sold out, or came back (cancellation, portions added). Published only when availability flips. */
public record DishAvailabilityChanged(
        long canteenId, long menuItemId, LocalDate serviceDate, MealPeriod period, int portionsLeft, boolean soldOut) {}

package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalDate;
import java.util.List;

/** The menu of one canteen for one date and meal period. */
public record DailyMenuView(
        long menuId,
        long canteenId,
        LocalDate serviceDate,
        MealPeriod period,
        boolean published,
        List<MenuItemView> items) {}

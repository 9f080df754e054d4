package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One change to a published menu, as shown in the change log. */
public record MenuChangeEntry(
        long id,
        long menuId,
        @Nullable Long menuItemId,
        long canteenId,
        LocalDate serviceDate,
        MealPeriod period,
        Action action,
        @Nullable String dishName,
        @Nullable String before,
        @Nullable String after,
        String changedBy,
        Instant changedAt) {

    /** What changed. */
    public enum Action {
        /** A dish was put on the published menu. */
        ITEM_ADDED,
        /** A dish was taken off the published menu. */
        ITEM_REMOVED,
        /** The planned portions of a dish changed. */
        PORTIONS_CHANGED,
        /** The price of a dish on this menu changed. */
        PRICE_CHANGED,
        /** Staff marked the dish sold out. */
        SOLD_OUT,
        /** Staff added portions of a dish back. */
        BACK_IN_STOCK
    }
}

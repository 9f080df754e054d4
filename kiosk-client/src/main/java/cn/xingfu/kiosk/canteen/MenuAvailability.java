package cn.xingfu.kiosk.canteen;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/kiosk/menu}: portions left of the current meal period. */
public record MenuAvailability(long canteenId, LocalDate serviceDate, String period, List<ItemAvailability> items) {

    public MenuAvailability {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Portions left of one dish. */
    public record ItemAvailability(long menuItemId, Integer portionsLeft, boolean soldOut) {}
}

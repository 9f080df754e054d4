package cn.xingfu.kiosk.menu;

import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the kiosk last knew: who it is, and the dishes of the last menu it was shown (nothing personal). */
public record CachedMenu(KioskMe kiosk, LocalDate serviceDate, String period, List<MenuItem> items, Instant fetchedAt) {

    public CachedMenu {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

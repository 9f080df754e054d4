package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.DomainException;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Menus as kiosks and ordering see them. Dishes, prices and publication are cached (evicted after every
 * committed change); portion counters are always read fresh.
 */
@Service
public class MenuCatalog {

    private final MenuReads reads;

    MenuCatalog(MenuReads reads) {
        this.reads = reads;
    }

    /**
     * The published menu of a canteen for a date and meal period. When there is none, or it is still a draft,
     * the answer has {@code menuId} 0, {@code published} false and no items.
     */
    public DailyMenuView menu(long canteenId, LocalDate date, MealPeriod period) {
        MenuReads.Snapshot snapshot = reads.snapshot(canteenId, date, period);
        if (!snapshot.published()) {
            return new DailyMenuView(0, canteenId, date, period, false, List.of());
        }
        return new DailyMenuView(
                snapshot.menuId(),
                canteenId,
                date,
                period,
                true,
                reads.withFreshPortions(snapshot.menuId(), snapshot.items()));
    }

    /**
     * One dish of one menu with fresh counters, published or not (check {@link MenuItemView#published()}
     * before selling it). The {@code price} is what an order must charge and record.
     *
     * @throws DomainException MENU_ITEM_NOT_FOUND (404), also for a dish taken off its menu
     */
    public MenuItemView item(long menuItemId) {
        return reads.withFreshPortions(reads.staticItem(menuItemId));
    }

    /**
     * One dish of one menu as planned: dish, price and publication from the cache, but portion counters that may
     * be stale, so whether a portion can still be sold is left to {@link Portions#take}. The order path uses this
     * to spare a read of the lunch rush's hottest row.
     *
     * @throws DomainException MENU_ITEM_NOT_FOUND (404), also for a dish taken off its menu
     */
    public MenuItemView plannedItem(long menuItemId) {
        return reads.staticItem(menuItemId);
    }
}

package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.ServiceCalendar;
import cn.xingfu.kernel.DomainException;
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
    private final ServiceCalendar calendar;

    MenuCatalog(MenuReads reads, ServiceCalendar calendar) {
        this.reads = reads;
        this.calendar = calendar;
    }

    /**
     * The published menu of a canteen for a date and meal period. When there is none, or it is still a draft,
     * the answer has {@code menuId} 0, {@code published} false and no items. So it has on a day the canteen
     * does not serve (a closure declared after the menu was published withdraws it).
     */
    public DailyMenuView menu(long canteenId, LocalDate date, MealPeriod period) {
        MenuReads.Snapshot snapshot = reads.snapshot(canteenId, date, period);
        if (!snapshot.published() || !calendar.day(canteenId, date).open()) {
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
     * before selling it; it is false on a day without service). The {@code price} is what an order must charge
     * and record.
     *
     * @throws DomainException MENU_ITEM_NOT_FOUND (404), also for a dish taken off its menu
     */
    public MenuItemView item(long menuItemId) {
        MenuItemView item = reads.withFreshPortions(reads.staticItem(menuItemId));
        if (item.published()
                && !calendar.day(item.canteenId(), item.serviceDate()).open()) {
            return new MenuItemView(
                    item.menuItemId(),
                    item.canteenId(),
                    item.serviceDate(),
                    item.period(),
                    item.dishId(),
                    item.name(),
                    item.nameEn(),
                    item.category(),
                    item.price(),
                    item.allergens(),
                    item.dietaryTags(),
                    item.texture(),
                    item.portionsTotal(),
                    item.portionsLeft(),
                    false);
        }
        return item;
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

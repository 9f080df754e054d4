package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes the change log of published menus; changes to drafts are planning, not logged. */
@Component
class MenuChangeLog {

    private final MenuChanges changes;
    private final MenuItems items;
    private final DailyMenus menus;
    private final Dishes dishes;
    private final Clock clock;

    MenuChangeLog(MenuChanges changes, MenuItems items, DailyMenus menus, Dishes dishes, Clock clock) {
        this.changes = changes;
        this.items = items;
        this.menus = menus;
        this.dishes = dishes;
        this.clock = clock;
    }

    void portions(long menuItemId, MenuChangeEntry.Action action, String before, String after, Actor actor) {
        MenuItem item = items.findById(menuItemId).orElseThrow(() -> MenuReads.notFound(menuItemId));
        DailyMenu menu = menus.getReferenceById(item.menuId());
        record(menu, item, action, before, after, actor);
    }

    void record(
            DailyMenu menu,
            @Nullable MenuItem item,
            MenuChangeEntry.Action action,
            @Nullable String before,
            @Nullable String after,
            Actor actor) {
        if (!menu.published()) {
            return;
        }
        String dishName = item == null
                ? null
                : dishes.findById(item.dishId()).map(Dish::name).orElse(null);
        changes.save(new MenuChange(
                Ids.next(),
                menu.id(),
                item == null ? null : item.id(),
                menu.canteenId(),
                menu.serviceDate(),
                menu.period(),
                action,
                dishName,
                before,
                after,
                actor.id(),
                actor.username(),
                clock.instant()));
    }

    List<MenuChangeEntry> between(long canteenId, LocalDate from, LocalDate to) {
        return changes.findByCanteenIdAndServiceDateBetweenOrderByChangedAtAsc(canteenId, from, to).stream()
                .map(MenuChange::toEntry)
                .toList();
    }
}

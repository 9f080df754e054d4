package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.ServiceCalendar;
import cn.xingfu.canteen.site.ServiceDay;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning by managers: the dish catalogue, menus per canteen/date/meal, publishing a week and copying a
 * week. Menus dated before today (Beijing time) can be neither created nor changed. Every change to a
 * published menu is logged.
 */
@Service
public class MenuPlanning {

    private static final int MAX_NAME = 50;

    private final Dishes dishes;
    private final DailyMenus menus;
    private final MenuItems items;
    private final MenuReads reads;
    private final MenuChangeLog log;
    private final Portions portions;
    private final MenuCacheEviction eviction;
    private final CanteenDirectory canteens;
    private final ServiceCalendar calendar;
    private final Clock clock;

    MenuPlanning(
            Dishes dishes,
            DailyMenus menus,
            MenuItems items,
            MenuReads reads,
            MenuChangeLog log,
            Portions portions,
            MenuCacheEviction eviction,
            CanteenDirectory canteens,
            ServiceCalendar calendar,
            Clock clock) {
        this.dishes = dishes;
        this.menus = menus;
        this.items = items;
        this.reads = reads;
        this.log = log;
        this.portions = portions;
        this.eviction = eviction;
        this.canteens = canteens;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What a publish run did. */
    public record PublishResult(int published, int alreadyPublished, int skippedEmpty) {}

    /** What a copy run did. */
    public record CopyResult(int menus, int items) {}

    /** A dish to put on a menu (or update there); {@code price} null = the dish's catalogue price. */
    public record ItemRequest(
            LocalDate serviceDate,
            MealPeriod period,
            long dishId,
            int portions,
            @Nullable BigDecimal price) {}

    // ---- dishes

    @Transactional(readOnly = true)
    public List<DishView> dishes() {
        return dishes.findAllByOrderByCategoryAscNameAsc().stream()
                .map(Dish::toView)
                .toList();
    }

    /** @throws DomainException DISH_NOT_FOUND */
    @Transactional(readOnly = true)
    public DishView dish(long id) {
        return dishes.findById(id).map(Dish::toView).orElseThrow(() -> dishNotFound(id));
    }

    /** @throws DomainException DISH_NAME_TAKEN (409), INVALID_PRICE, INVALID_DISH (400) */
    @Transactional
    public DishView createDish(DishDraft draft) {
        validate(draft);
        if (dishes.existsByName(draft.name().trim())) {
            throw nameTaken();
        }
        Dish dish = dishes.saveAndFlush(new Dish(Ids.next(), draft, clock.instant()));
        return dish.toView();
    }

    /**
     * Changes a catalogue dish. Menus that already carry it keep their price; name, allergens and texture
     * show everywhere at once (they matter for safety). @throws DomainException DISH_NOT_FOUND, DISH_NAME_TAKEN
     */
    @Transactional
    public DishView updateDish(long id, DishDraft draft) {
        validate(draft);
        Dish dish = dishes.findById(id).orElseThrow(() -> dishNotFound(id));
        if (!dish.name().equals(draft.name().trim())
                && dishes.existsByName(draft.name().trim())) {
            throw nameTaken();
        }
        dish.apply(draft, clock.instant());
        dishes.saveAndFlush(dish);
        eviction.afterCommit();
        return dish.toView();
    }

    /** Retires a dish: it can no longer be put on menus; menus that carry it keep it. */
    @Transactional
    public DishView deactivateDish(long id) {
        Dish dish = dishes.findById(id).orElseThrow(() -> dishNotFound(id));
        dish.deactivate(clock.instant());
        dishes.saveAndFlush(dish);
        return dish.toView();
    }

    // ---- menus

    /** The menu as planners see it: drafts included, fresh counters, not cached. */
    @Transactional(readOnly = true)
    public DailyMenuView planned(long canteenId, LocalDate date, MealPeriod period) {
        canteens.canteen(canteenId);
        return menus.findByCanteenIdAndServiceDateAndPeriod(canteenId, date, period)
                .map(m -> new DailyMenuView(m.id(), canteenId, date, period, m.published(), reads.itemsOf(m.id())))
                .orElseGet(() -> new DailyMenuView(0, canteenId, date, period, false, List.of()));
    }

    /**
     * Puts a dish on the menu of a canteen, date and meal (creating a draft menu if needed), or changes its
     * portions or price there. @throws DomainException MENU_IN_PAST (422), CANTEEN_NOT_FOUND, MEAL_NOT_SERVED,
     * DISH_NOT_FOUND, DISH_INACTIVE, INVALID_PORTIONS, INVALID_PRICE, PORTIONS_BELOW_SOLD, NO_SERVICE_ON_DATE
     */
    @Transactional
    public MenuItemView putItem(long canteenId, ItemRequest request, Actor actor) {
        requireNotPast(request.serviceDate(), today());
        canteens.window(canteenId, request.period());
        requireServiceDay(canteenId, request.serviceDate());
        portions.requirePlannable(request.portions());
        Dish dish = dishes.findById(request.dishId()).orElseThrow(() -> dishNotFound(request.dishId()));
        BigDecimal price = request.price() == null ? dish.price() : Money.of(request.price());
        boolean overridden = request.price() != null;
        DailyMenu menu = menuFor(canteenId, request.serviceDate(), request.period());
        Optional<MenuItem> existing = items.findByMenuIdAndDishId(menu.id(), dish.id());
        MenuItem item;
        if (existing.isEmpty()) {
            requireActive(dish);
            item = items.saveAndFlush(new MenuItem(Ids.next(), menu, dish.id(), price, overridden, request.portions()));
            log.record(menu, item, MenuChangeEntry.Action.ITEM_ADDED, null, describe(price, request.portions()), actor);
        } else if (existing.get().removed()) {
            requireActive(dish);
            item = existing.get();
            item.restore();
            item.reprice(price, overridden);
            items.saveAndFlush(item);
            portions.setPortions(item.id(), request.portions(), actor);
            log.record(menu, item, MenuChangeEntry.Action.ITEM_ADDED, null, describe(price, request.portions()), actor);
        } else {
            item = existing.get();
            if (item.price().compareTo(price) != 0) {
                String before = item.price().toPlainString();
                item.reprice(price, overridden);
                items.saveAndFlush(item);
                log.record(menu, item, MenuChangeEntry.Action.PRICE_CHANGED, before, price.toPlainString(), actor);
            }
            MenuItemView current = reads.freshItem(item.id());
            if (current.portionsTotal() != request.portions()) {
                portions.setPortions(item.id(), request.portions(), actor);
            }
        }
        eviction.afterCommit();
        return reads.freshItem(item.id());
    }

    /** Takes a dish off its menu; portions left are withdrawn. @throws DomainException MENU_ITEM_NOT_FOUND, MENU_IN_PAST */
    @Transactional
    public void removeItem(long menuItemId, Actor actor) {
        MenuItem item =
                items.findById(menuItemId).filter(i -> !i.removed()).orElseThrow(() -> MenuReads.notFound(menuItemId));
        DailyMenu menu = menus.findById(item.menuId()).orElseThrow();
        requireNotPast(menu.serviceDate(), today());
        MenuItemView before = reads.freshItem(menuItemId);
        item.markRemoved();
        items.saveAndFlush(item);
        portions.withdraw(menuItemId);
        log.record(
                menu,
                item,
                MenuChangeEntry.Action.ITEM_REMOVED,
                describe(before.price(), before.portionsTotal()) + " 剩" + before.portionsLeft(),
                null,
                actor);
        eviction.afterCommit();
    }

    /**
     * Publishes the menus of the week starting {@code weekStart} (a Monday) in one go. Days already past are
     * left alone; drafts without dishes stay drafts. @throws DomainException INVALID_WEEK_START (400),
     * MENU_IN_PAST (422) for a week wholly past, NOTHING_TO_PUBLISH (422)
     */
    @Transactional
    public PublishResult publishWeek(long canteenId, LocalDate weekStart, Actor actor) {
        requireMonday(weekStart);
        canteens.canteen(canteenId);
        requireNotPast(weekStart.plusDays(6), today());
        PublishResult result = publishRange(canteenId, weekStart, weekStart.plusDays(6), actor);
        if (result.published() == 0 && result.alreadyPublished() == 0) {
            throw DomainException.rejected(
                    "NOTHING_TO_PUBLISH", "这一周没有可发布的菜单", "There is no menu with dishes to publish in this week");
        }
        return result;
    }

    @Transactional
    PublishResult publishRange(long canteenId, LocalDate from, LocalDate to, Actor actor) {
        LocalDate today = today();
        int published = 0;
        int already = 0;
        int empty = 0;
        for (DailyMenu menu : menus.findByCanteenIdAndServiceDateBetween(canteenId, from, to)) {
            if (menu.serviceDate().isBefore(today)
                    || !calendar.day(canteenId, menu.serviceDate()).open()) {
                continue;
            }
            if (menu.published()) {
                already++;
            } else if (reads.itemsOf(menu.id()).isEmpty()) {
                empty++;
            } else {
                menu.publish(actor.username(), clock.instant());
                menus.save(menu);
                published++;
            }
        }
        menus.flush();
        eviction.afterCommit();
        return new PublishResult(published, already, empty);
    }

    /**
     * Copies the dishes and portions of one week's menus (Mon-Sun) to another week as drafts, day by day.
     * Catalogue prices are taken as they are now unless the source carried a canteen-specific price.
     * Days of the target week already past are skipped. @throws DomainException INVALID_WEEK_START,
     * MENU_IN_PAST, NOTHING_TO_COPY (422), TARGET_WEEK_NOT_EMPTY (409; nothing is copied)
     */
    @Transactional
    public CopyResult copyWeek(long canteenId, LocalDate fromWeekStart, LocalDate toWeekStart, Actor actor) {
        requireMonday(fromWeekStart);
        requireMonday(toWeekStart);
        if (fromWeekStart.equals(toWeekStart)) {
            throw DomainException.invalid("SAME_WEEK", "源周与目标周相同", "Source and target week are the same");
        }
        canteens.canteen(canteenId);
        LocalDate today = today();
        requireNotPast(toWeekStart.plusDays(6), today);
        long shift = ChronoUnit.DAYS.between(fromWeekStart, toWeekStart);
        List<DailyMenu> sources =
                menus.findByCanteenIdAndServiceDateBetween(canteenId, fromWeekStart, fromWeekStart.plusDays(6)).stream()
                        .sorted(Comparator.comparing(DailyMenu::serviceDate).thenComparing(DailyMenu::period))
                        .toList();
        int menuCount = 0;
        int itemCount = 0;
        for (DailyMenu source : sources) {
            LocalDate target = source.serviceDate().plusDays(shift);
            List<MenuItem> sourceItems = items.findByMenuId(source.id()).stream()
                    .filter(i -> !i.removed())
                    .toList();
            if (target.isBefore(today)
                    || sourceItems.isEmpty()
                    || !calendar.day(canteenId, target).open()) {
                continue;
            }
            DailyMenu menu = menuFor(canteenId, target, source.period());
            if (!reads.itemsOf(menu.id()).isEmpty()
                    || !items.findByMenuId(menu.id()).isEmpty()) {
                throw DomainException.conflict(
                        "TARGET_WEEK_NOT_EMPTY",
                        "目标周已有菜单，未复制",
                        "The target week already has menus; nothing was copied");
            }
            for (MenuItem sourceItem : sourceItems) {
                Dish dish = dishes.findById(sourceItem.dishId()).orElseThrow();
                if (!dish.active()) {
                    continue;
                }
                BigDecimal price = sourceItem.priceOverridden() ? sourceItem.price() : dish.price();
                int planned = reads.freshItem(sourceItem.id()).portionsTotal();
                MenuItem copy = items.save(
                        new MenuItem(Ids.next(), menu, dish.id(), price, sourceItem.priceOverridden(), planned));
                log.record(menu, copy, MenuChangeEntry.Action.ITEM_ADDED, null, describe(price, planned), actor);
                itemCount++;
            }
            items.flush();
            menuCount++;
        }
        if (menuCount == 0) {
            throw DomainException.rejected("NOTHING_TO_COPY", "源周没有可复制的菜单", "The source week has no menus to copy");
        }
        eviction.afterCommit();
        return new CopyResult(menuCount, itemCount);
    }

    @Transactional(readOnly = true)
    public List<MenuChangeEntry> changes(long canteenId, LocalDate from, LocalDate to) {
        canteens.canteen(canteenId);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 92) {
            throw DomainException.invalid("INVALID_RANGE", "日期范围无效（最多 92 天）", "Invalid date range (at most 92 days)");
        }
        return log.between(canteenId, from, to);
    }

    // ---- rules

    static void requireNotPast(LocalDate serviceDate, LocalDate today) {
        if (serviceDate.isBefore(today)) {
            throw DomainException.rejected(
                    "MENU_IN_PAST", "不能创建或修改过去日期的菜单", "Menus of past dates cannot be created or changed");
        }
    }

    /** Menus are planned only for days the canteen serves (not on its closures or weekly rest days). */
    private void requireServiceDay(long canteenId, LocalDate date) {
        ServiceDay day = calendar.day(canteenId, date);
        if (!day.open()) {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "NO_SERVICE_ON_DATE",
                    "该日食堂不供餐（" + day.reasonZh() + "），不能排菜单",
                    "The canteen does not serve on this date (" + day.reasonEn() + "); no menu can be planned",
                    java.util.Map.of("date", date.toString(), "kind", day.kind().name()));
        }
    }

    private static void requireMonday(LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw DomainException.invalid("INVALID_WEEK_START", "周菜单须从周一开始", "A week must start on a Monday");
        }
    }

    private static void requireActive(Dish dish) {
        if (!dish.active()) {
            throw DomainException.rejected("DISH_INACTIVE", "该菜品已停用", "This dish is no longer offered");
        }
    }

    private static void validate(DishDraft draft) {
        if (blank(draft.name(), MAX_NAME)
                || blank(draft.nameEn(), 100)
                || blank(draft.category(), 16)
                || draft.texture() == null
                || draft.allergens() == null
                || draft.dietaryTags() == null) {
            throw DomainException.invalid(
                    "INVALID_DISH", "菜品信息不完整或过长", "The dish is incomplete or a field is too long");
        }
        Money.of(draft.price());
    }

    private static boolean blank(@Nullable String s, int max) {
        return s == null || s.isBlank() || s.trim().length() > max;
    }

    private DailyMenu menuFor(long canteenId, LocalDate date, MealPeriod period) {
        return menus.findByCanteenIdAndServiceDateAndPeriod(canteenId, date, period)
                .orElseGet(
                        () -> menus.saveAndFlush(new DailyMenu(Ids.next(), canteenId, date, period, clock.instant())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(BigDecimal price, int portions) {
        return price.toPlainString() + "元 × " + portions + "份";
    }

    static DomainException dishNotFound(long id) {
        return DomainException.notFound("DISH_NOT_FOUND", "找不到该菜品", "No dish with id " + id);
    }

    private static DomainException nameTaken() {
        return DomainException.conflict("DISH_NAME_TAKEN", "已有同名菜品", "A dish with this name already exists");
    }
}

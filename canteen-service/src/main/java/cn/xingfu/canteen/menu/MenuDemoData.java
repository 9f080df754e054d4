package cn.xingfu.canteen.menu;

import static cn.xingfu.canteen.shared.food.Allergen.EGG;
import static cn.xingfu.canteen.shared.food.Allergen.FISH;
import static cn.xingfu.canteen.shared.food.Allergen.PEANUT;
import static cn.xingfu.canteen.shared.food.Allergen.SESAME;
import static cn.xingfu.canteen.shared.food.Allergen.SOY;
import static cn.xingfu.canteen.shared.food.Allergen.WHEAT;
import static cn.xingfu.canteen.shared.food.DietaryTag.DIABETIC;
import static cn.xingfu.canteen.shared.food.DietaryTag.LOW_FAT;
import static cn.xingfu.canteen.shared.food.DietaryTag.LOW_SALT;
import static cn.xingfu.canteen.shared.food.DietaryTag.VEGETARIAN;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chongqing home-style dishes and a published week of menus (today and the six days after, three meals)
 * for every canteen. Idempotent: existing dishes and menus are left as they are.
 */
@Component
@Profile("demo")
@Order(40)
class MenuDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MenuDemoData.class);
    private static final Actor DEMO = new Actor(0, "demo", Role.DISTRICT_ADMIN, null);

    private static final List<DishDraft> DISHES = List.of(
            dish("回锅肉", "Twice-cooked pork", "15.00", "荤菜", Set.of(), Set.of(), Texture.NORMAL),
            dish("水煮鱼", "Sichuan boiled fish", "18.00", "荤菜", Set.of(FISH), Set.of(), Texture.NORMAL),
            dish("青椒肉丝", "Shredded pork with green pepper", "12.00", "荤菜", Set.of(SOY), Set.of(), Texture.NORMAL),
            dish("麻婆豆腐", "Mapo tofu", "8.00", "荤菜", Set.of(SOY), Set.of(), Texture.SOFT),
            dish(
                    "清蒸鲈鱼(软)",
                    "Steamed sea bass (soft)",
                    "18.00",
                    "荤菜",
                    Set.of(FISH),
                    Set.of(LOW_SALT, LOW_FAT),
                    Texture.SOFT),
            dish("肉末茄子", "Braised eggplant with minced pork", "9.00", "荤菜", Set.of(SOY), Set.of(), Texture.SOFT),
            dish("番茄炒蛋", "Scrambled eggs with tomato", "8.00", "素菜", Set.of(EGG), Set.of(VEGETARIAN), Texture.SOFT),
            dish(
                    "炒苦瓜",
                    "Stir-fried bitter melon",
                    "6.00",
                    "素菜",
                    Set.of(),
                    Set.of(VEGETARIAN, DIABETIC, LOW_FAT),
                    Texture.NORMAL),
            dish(
                    "炒油麦菜",
                    "Stir-fried Indian lettuce",
                    "5.00",
                    "素菜",
                    Set.of(),
                    Set.of(VEGETARIAN, LOW_FAT, LOW_SALT),
                    Texture.NORMAL),
            dish("土豆丝", "Shredded potato", "5.00", "素菜", Set.of(), Set.of(VEGETARIAN), Texture.NORMAL),
            dish(
                    "蒸蛋羹(软)",
                    "Steamed egg custard (soft)",
                    "4.00",
                    "素菜",
                    Set.of(EGG),
                    Set.of(LOW_SALT, LOW_FAT),
                    Texture.PUREED),
            dish("紫菜蛋花汤", "Seaweed and egg soup", "3.00", "汤", Set.of(EGG), Set.of(VEGETARIAN, LOW_FAT), Texture.SOFT),
            dish("冬瓜排骨汤", "Winter melon and pork rib soup", "8.00", "汤", Set.of(), Set.of(LOW_SALT), Texture.SOFT),
            dish(
                    "南瓜粥(软/低糖)",
                    "Pumpkin congee (soft, low sugar)",
                    "3.00",
                    "主食",
                    Set.of(),
                    Set.of(VEGETARIAN, DIABETIC, LOW_FAT),
                    Texture.PUREED),
            dish(
                    "白粥",
                    "Plain rice congee",
                    "2.00",
                    "主食",
                    Set.of(),
                    Set.of(VEGETARIAN, LOW_SALT, LOW_FAT),
                    Texture.PUREED),
            dish("白米饭", "Steamed rice", "2.00", "主食", Set.of(), Set.of(VEGETARIAN, LOW_SALT, LOW_FAT), Texture.NORMAL),
            dish("馒头", "Steamed bun", "2.00", "主食", Set.of(WHEAT), Set.of(VEGETARIAN, LOW_SALT), Texture.SOFT),
            dish(
                    "小面",
                    "Chongqing spicy noodles",
                    "6.00",
                    "主食",
                    Set.of(WHEAT, PEANUT, SESAME, SOY),
                    Set.of(),
                    Texture.NORMAL),
            dish("豆浆", "Soy milk", "2.00", "饮品", Set.of(SOY), Set.of(VEGETARIAN), Texture.PUREED),
            dish("豆花饭", "Tofu pudding with rice", "7.00", "套餐", Set.of(SOY), Set.of(VEGETARIAN), Texture.SOFT));

    private static final List<String> BREAKFAST = List.of("南瓜粥(软/低糖)", "白粥", "馒头", "蒸蛋羹(软)", "小面", "豆浆");
    private static final List<String> MEAT = List.of("回锅肉", "水煮鱼", "青椒肉丝", "麻婆豆腐", "清蒸鲈鱼(软)", "肉末茄子");
    private static final List<String> GREENS = List.of("炒苦瓜", "炒油麦菜", "土豆丝", "番茄炒蛋");
    private static final List<String> SOUPS = List.of("紫菜蛋花汤", "冬瓜排骨汤");

    private final Dishes dishes;
    private final DailyMenus menus;
    private final MenuItems items;
    private final MenuPlanning planning;
    private final CanteenDirectory canteens;
    private final TransactionTemplate tx;
    private final Clock clock;

    MenuDemoData(
            Dishes dishes,
            DailyMenus menus,
            MenuItems items,
            MenuPlanning planning,
            CanteenDirectory canteens,
            TransactionTemplate tx,
            Clock clock) {
        this.dishes = dishes;
        this.menus = menus;
        this.items = items;
        this.planning = planning;
        this.canteens = canteens;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int newDishes = tx.execute(status -> seedDishes());
        LocalDate today = LocalDate.now(clock);
        int newMenus = tx.execute(status -> seedMenus(today));
        log.info("Demo menus: {} dishes and {} menus created", newDishes, newMenus);
    }

    private int seedDishes() {
        int created = 0;
        for (DishDraft draft : DISHES) {
            if (!dishes.existsByName(draft.name())) {
                dishes.save(new Dish(Ids.next(), draft, clock.instant()));
                created++;
            }
        }
        dishes.flush();
        return created;
    }

    private int seedMenus(LocalDate today) {
        Map<String, Dish> byName = new HashMap<>();
        dishes.findAll().forEach(d -> byName.put(d.name(), d));
        int created = 0;
        for (CanteenView canteen : canteens.all()) {
            if (!canteen.active()) {
                continue;
            }
            for (int day = 0; day < 7; day++) {
                LocalDate date = today.plusDays(day);
                for (MealPeriod period : MealPeriod.values()) {
                    if (canteen.meal(period).isEmpty()
                            || menus.findByCanteenIdAndServiceDateAndPeriod(canteen.id(), date, period)
                                    .isPresent()) {
                        continue;
                    }
                    DailyMenu menu = menus.save(new DailyMenu(Ids.next(), canteen.id(), date, period, clock.instant()));
                    int n = 0;
                    for (String name : dishesFor(date, period)) {
                        Dish dish = byName.get(name);
                        int portions = 30 + (int) ((canteen.id() * 37 + date.getDayOfYear() * 11 + n * 17) % 91);
                        items.save(new MenuItem(Ids.next(), menu, dish.id(), dish.price(), false, portions));
                        n++;
                    }
                    created++;
                }
            }
            items.flush();
            planning.publishRange(canteen.id(), today, today.plusDays(6), DEMO);
        }
        return created;
    }

    private static List<String> dishesFor(LocalDate date, MealPeriod period) {
        if (period == MealPeriod.BREAKFAST) {
            return BREAKFAST;
        }
        int k = date.getDayOfYear() * 2 + (period == MealPeriod.LUNCH ? 0 : 1);
        List<String> names = new ArrayList<>();
        names.add(MEAT.get(k % MEAT.size()));
        names.add(MEAT.get((k + 3) % MEAT.size()));
        names.add(GREENS.get(k % GREENS.size()));
        names.add(GREENS.get((k + 1) % GREENS.size()));
        names.add(SOUPS.get(k % SOUPS.size()));
        names.add("蒸蛋羹(软)");
        names.add("白米饭");
        if (period == MealPeriod.LUNCH) {
            names.add("豆花饭");
        }
        return names;
    }

    private static DishDraft dish(
            String name,
            String nameEn,
            String price,
            String category,
            Set<Allergen> allergens,
            Set<DietaryTag> tags,
            Texture texture) {
        return new DishDraft(name, nameEn, new BigDecimal(price), category, allergens, tags, texture);
    }
}

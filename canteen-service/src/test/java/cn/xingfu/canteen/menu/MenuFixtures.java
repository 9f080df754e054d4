package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Dishes and published menus with unique names for menu tests (and for other modules' tests). */
public final class MenuFixtures {

    public static final Actor ADMIN = new Actor(1, "admin-test", Role.DISTRICT_ADMIN, null);

    private MenuFixtures() {}

    public static DishView aDish(MenuPlanning planning, String price) {
        return planning.createDish(new DishDraft(
                "测试菜" + Ids.next(),
                "Test dish",
                new BigDecimal(price),
                "荤菜",
                Set.of(Allergen.SOY),
                Set.of(DietaryTag.LOW_SALT),
                Texture.SOFT));
    }

    /** A new canteen whose lunch on {@code date} is published with one dish of {@code portions} portions. */
    public static MenuItemView aPublishedItem(
            CanteenDirectory canteens, MenuPlanning planning, LocalDate date, int portions) {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        DishView dish = aDish(planning, "12.50");
        MenuItemView item = planning.putItem(
                canteen, new MenuPlanning.ItemRequest(date, MealPeriod.LUNCH, dish.id(), portions, null), ADMIN);
        planning.publishRange(canteen, date, date, ADMIN);
        return item;
    }
}

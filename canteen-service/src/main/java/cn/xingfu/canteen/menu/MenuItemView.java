package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** One dish on one day's menu of one canteen and meal period, with the portions still available. */
public record MenuItemView(
        long menuItemId,
        long canteenId,
        LocalDate serviceDate,
        MealPeriod period,
        long dishId,
        String name,
        String nameEn,
        String category,
        BigDecimal price,
        Set<Allergen> allergens,
        Set<DietaryTag> dietaryTags,
        Texture texture,
        int portionsTotal,
        int portionsLeft,
        boolean published) {

    public boolean soldOut() {
        return portionsLeft <= 0;
    }
}

package cn.xingfu.canteen.standing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DishChoiceTests {

    private static final MenuItemView PEANUT_PORK = dish(1, "荤菜", Set.of(Allergen.PEANUT), Set.of(), Texture.SOFT, 10);
    private static final MenuItemView FIRM_BEEF = dish(2, "荤菜", Set.of(), Set.of(), Texture.NORMAL, 10);
    private static final MenuItemView SOFT_FISH = dish(3, "荤菜", Set.of(), Set.of(), Texture.SOFT, 10);
    private static final MenuItemView LOW_SALT_FISH =
            dish(4, "荤菜", Set.of(), Set.of(DietaryTag.LOW_SALT), Texture.SOFT, 10);
    private static final MenuItemView GREENS = dish(5, "素菜", Set.of(), Set.of(), Texture.PUREED, 10);
    private static final MenuItemView SOLD_OUT_GREENS = dish(6, "素菜", Set.of(), Set.of(), Texture.PUREED, 0);

    @Test
    void takesTheFirstSafeDishOfEachCategoryInMenuOrder() {
        var result = DishChoice.choose(
                List.of("荤菜", "素菜"), List.of(PEANUT_PORK, FIRM_BEEF, SOFT_FISH, GREENS), DietaryNeeds.none());
        assertThat(result.complete()).isTrue();
        assertThat(result.dishes()).extracting(MenuItemView::menuItemId).containsExactly(1L, 5L);
    }

    @Test
    void leavesOutAllergensAndTooFirmDishesAndPrefersOneMeetingTheDiet() {
        DietaryNeeds needs = new DietaryNeeds(Set.of(DietaryTag.LOW_SALT), Set.of(Allergen.PEANUT), Texture.SOFT);
        var result = DishChoice.choose(List.of("荤菜"), List.of(PEANUT_PORK, FIRM_BEEF, SOFT_FISH, LOW_SALT_FISH), needs);
        assertThat(result.dishes()).extracting(MenuItemView::menuItemId).containsExactly(4L);
        var withoutLowSalt = DishChoice.choose(List.of("荤菜"), List.of(PEANUT_PORK, FIRM_BEEF, SOFT_FISH), needs);
        assertThat(withoutLowSalt.dishes()).extracting(MenuItemView::menuItemId).containsExactly(3L);
    }

    @Test
    void namesTheCategoryItCannotFill() {
        var result = DishChoice.choose(List.of("荤菜", "素菜"), List.of(SOFT_FISH, SOLD_OUT_GREENS), DietaryNeeds.none());
        assertThat(result.complete()).isFalse();
        assertThat(result.missingCategory()).isEqualTo("素菜");
        var allergic = DishChoice.choose(
                List.of("荤菜"),
                List.of(PEANUT_PORK),
                new DietaryNeeds(Set.of(), Set.of(Allergen.PEANUT), Texture.NORMAL));
        assertThat(allergic.missingCategory()).isEqualTo("荤菜");
    }

    private static MenuItemView dish(
            long id, String category, Set<Allergen> allergens, Set<DietaryTag> tags, Texture texture, int left) {
        return new MenuItemView(
                id,
                7,
                LocalDate.of(2031, 3, 4),
                MealPeriod.LUNCH,
                100 + id,
                "菜" + id,
                "dish " + id,
                category,
                new BigDecimal("8.00"),
                allergens,
                tags,
                texture,
                50,
                left,
                true);
    }
}

package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DietaryCheckTests {

    private static MenuItemView dish(Set<Allergen> allergens, Set<DietaryTag> tags, Texture texture) {
        return new MenuItemView(
                5L,
                1L,
                LocalDate.of(2026, 11, 30),
                MealPeriod.LUNCH,
                9L,
                "宫保鸡丁",
                "Kung pao chicken",
                "荤菜",
                new BigDecimal("12.00"),
                allergens,
                tags,
                texture,
                50,
                50,
                true);
    }

    @Test
    void allergenConflictBlocks() {
        var needs = new DietaryNeeds(Set.of(), Set.of(Allergen.PEANUT), Texture.NORMAL);
        var warnings = DietaryCheck.check(needs, dish(Set.of(Allergen.PEANUT, Allergen.SOY), Set.of(), Texture.NORMAL));

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("ALLERGEN_CONFLICT");
            assertThat(w.blocking()).isTrue();
            assertThat(w.messageZh()).contains("花生");
        });
    }

    @Test
    void textureAndDietWarnButDoNotBlock() {
        var needs = new DietaryNeeds(Set.of(DietaryTag.LOW_SALT, DietaryTag.DIABETIC), Set.of(), Texture.SOFT);
        var warnings = DietaryCheck.check(needs, dish(Set.of(), Set.of(DietaryTag.LOW_SALT), Texture.NORMAL));

        assertThat(warnings)
                .extracting(DietaryWarning::code)
                .containsExactlyInAnyOrder("TEXTURE_TOO_FIRM", "NOT_DIABETIC");
        assertThat(warnings).noneMatch(DietaryWarning::blocking);
    }

    @Test
    void softerDishSuitsFirmerNeedAndNoNeedsMeansNoWarnings() {
        var soft = new DietaryNeeds(Set.of(), Set.of(), Texture.SOFT);
        assertThat(DietaryCheck.check(soft, dish(Set.of(), Set.of(), Texture.MINCED)))
                .isEmpty();
        assertThat(DietaryCheck.check(DietaryNeeds.none(), dish(Set.of(Allergen.FISH), Set.of(), Texture.NORMAL)))
                .isEmpty();
    }

    @Test
    void kitchenFlagsNameTextureDietAndAllergies() {
        var needs = new DietaryNeeds(Set.of(DietaryTag.LOW_SALT), Set.of(Allergen.EGG), Texture.MINCED);
        assertThat(DietaryCheck.kitchenFlags(needs)).containsExactly("MINCED", "LOW_SALT", "ALLERGY:EGG");
    }
}

package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.math.BigDecimal;
import java.util.Set;

/** What a manager enters for a dish. Price in 元, at most 2 decimals, 0 to 999.99. */
public record DishDraft(
        String name,
        String nameEn,
        BigDecimal price,
        String category,
        Set<Allergen> allergens,
        Set<DietaryTag> dietaryTags,
        Texture texture) {}

package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.math.BigDecimal;
import java.util.Set;

/** A dish of the catalogue with its default price. */
public record DishView(
        long id,
        String name,
        String nameEn,
        BigDecimal price,
        String category,
        Set<Allergen> allergens,
        Set<DietaryTag> dietaryTags,
        Texture texture,
        boolean active) {}

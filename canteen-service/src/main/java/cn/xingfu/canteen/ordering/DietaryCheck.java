package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares a dish with a senior's recorded dietary needs. Pure rules, no I/O. */
public final class DietaryCheck {

    private DietaryCheck() {}

    public static List<DietaryWarning> check(DietaryNeeds needs, MenuItemView dish) {
        List<DietaryWarning> warnings = new ArrayList<>();
        Set<Allergen> conflicts = EnumSet.noneOf(Allergen.class);
        conflicts.addAll(dish.allergens());
        conflicts.retainAll(needs.allergies());
        if (!conflicts.isEmpty()) {
            String zh = conflicts.stream().map(Allergen::zh).collect(Collectors.joining("、"));
            String en = conflicts.stream()
                    .map(a -> a.name().toLowerCase().replace('_', ' '))
                    .collect(Collectors.joining(", "));
            warnings.add(new DietaryWarning(
                    dish.menuItemId(),
                    "ALLERGEN_CONFLICT",
                    "含有您过敏的食物：" + zh + "，需工作人员确认",
                    "Contains something you are allergic to: " + en + "; staff must confirm",
                    true));
        }
        if (!dish.texture().satisfies(needs.texture())) {
            warnings.add(new DietaryWarning(
                    dish.menuItemId(),
                    "TEXTURE_TOO_FIRM",
                    "此菜偏硬，不适合您的" + needs.texture().zh() + "需要",
                    "Too firm for your " + needs.texture().name().toLowerCase() + " food need",
                    false));
        }
        for (DietaryTag need : needs.needs()) {
            if (!dish.dietaryTags().contains(need)) {
                warnings.add(new DietaryWarning(
                        dish.menuItemId(),
                        "NOT_" + need.name(),
                        "此菜不是" + need.zh() + "餐",
                        "This dish is not " + need.name().toLowerCase().replace('_', '-'),
                        false));
            }
        }
        return warnings;
    }

    /** Short flags the kitchen prints on the ticket: SOFT, LOW_SALT, ALLERGY:PEANUT ... */
    public static List<String> kitchenFlags(DietaryNeeds needs) {
        List<String> flags = new ArrayList<>();
        if (needs.texture() != Texture.NORMAL) {
            flags.add(needs.texture().name());
        }
        needs.needs().stream().sorted().forEach(tag -> flags.add(tag.name()));
        needs.allergies().stream().sorted().forEach(allergen -> flags.add("ALLERGY:" + allergen.name()));
        return flags;
    }
}

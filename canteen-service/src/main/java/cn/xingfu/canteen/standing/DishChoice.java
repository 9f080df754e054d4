package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.ordering.DietaryCheck;
import cn.xingfu.canteen.ordering.DietaryWarning;
import cn.xingfu.canteen.senior.DietaryNeeds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Picks one dish per category from a day's menu for a standing order. A dish is eligible only when it is safe for
 * the senior (no allergen of theirs, soft enough) and has a portion left; among those, one that meets every
 * dietary need (low-salt, diabetic …) comes first, then the menu's own order. Pure rules, no I/O.
 */
final class DishChoice {

    private DishChoice() {}

    /** The dishes chosen, or the first category that has no suitable dish. */
    record Result(List<MenuItemView> dishes, @Nullable String missingCategory) {

        boolean complete() {
            return missingCategory == null;
        }
    }

    static Result choose(List<String> categories, List<MenuItemView> menu, DietaryNeeds needs) {
        List<MenuItemView> chosen = new ArrayList<>();
        for (String category : categories) {
            Optional<MenuItemView> best = menu.stream()
                    .filter(dish -> dish.category().equals(category))
                    .filter(dish -> dish.portionsLeft() > 0 && dish.published())
                    .filter(dish -> safe(DietaryCheck.check(needs, dish)))
                    .filter(dish -> chosen.stream().noneMatch(c -> c.menuItemId() == dish.menuItemId()))
                    .min(Comparator.comparingInt(
                            dish -> DietaryCheck.check(needs, dish).size()));
            if (best.isEmpty()) {
                return new Result(List.copyOf(chosen), category);
            }
            chosen.add(best.get());
        }
        return new Result(List.copyOf(chosen), null);
    }

    /** Allergens and a too-firm texture rule a dish out; an unmet preference only ranks it lower. */
    static boolean safe(List<DietaryWarning> warnings) {
        return warnings.stream().noneMatch(w -> w.blocking() || w.code().equals("TEXTURE_TOO_FIRM"));
    }
}

package cn.xingfu.kiosk.canteen;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dish on today's menu as seen by one senior (prices and warnings are personal). {@code pictureUrl} is relative
 * to the service and null when the dish has no picture.
 */
public record MenuItem(
        long menuItemId,
        String name,
        String nameEn,
        String category,
        BigDecimal price,
        BigDecimal estimatedSelfPay,
        Integer portionsLeft,
        boolean soldOut,
        String texture,
        List<String> allergens,
        List<String> dietaryTags,
        List<DishWarning> warnings,
        String pictureUrl) {

    public MenuItem {
        allergens = allergens == null ? List.of() : List.copyOf(allergens);
        dietaryTags = dietaryTags == null ? List.of() : List.copyOf(dietaryTags);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An allergen conflict: only staff may order this dish for the senior. */
    public boolean blocked() {
        return warnings.stream().anyMatch(DishWarning::blocking);
    }

    public MenuItem withAvailability(Integer portions, boolean nowSoldOut) {
        return new MenuItem(
                menuItemId,
                name,
                nameEn,
                category,
                price,
                estimatedSelfPay,
                portions,
                nowSoldOut,
                texture,
                allergens,
                dietaryTags,
                warnings,
                pictureUrl);
    }

    /** The same dish without anything personal, as kept in the offline menu cache. */
    public MenuItem anonymous() {
        return new MenuItem(
                menuItemId,
                name,
                nameEn,
                category,
                price,
                null,
                portionsLeft,
                soldOut,
                texture,
                allergens,
                dietaryTags,
                List.of(),
                pictureUrl);
    }
}

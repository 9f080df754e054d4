package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a senior sees after scanning the card: the current meal's menu with their own price and warnings. */
public record PersonalMenu(
        long cardId,
        long seniorId,
        String maskedName,
        long scanId,
        LocalDate serviceDate,
        MealPeriod period,
        List<Channel> channels,
        BigDecimal walletBalance,
        Subsidy subsidy,
        List<Item> items) {

    /** The subsidy this senior can get for this meal, and if not, why not. */
    public record Subsidy(@Nullable String tierCode, BigDecimal amount, boolean available, String reason) {}

    /**
     * A dish with the senior's estimated self-pay if ordered alone; {@code pictureUrl} (relative to the service)
     * is null when the dish has no picture.
     */
    public record Item(
            long menuItemId,
            String name,
            String nameEn,
            String category,
            BigDecimal price,
            BigDecimal estimatedSelfPay,
            int portionsLeft,
            boolean soldOut,
            Texture texture,
            Set<Allergen> allergens,
            Set<DietaryTag> dietaryTags,
            List<DietaryWarning> warnings,
            @Nullable String pictureUrl) {}
}

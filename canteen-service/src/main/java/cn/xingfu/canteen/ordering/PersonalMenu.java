package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.senior.ConsentNotice;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a senior sees after scanning the card: the current meal's menu with their own price and warnings.
 * {@code consentNotices} explain, when the senior's dietary needs or statuses are not used for want of a consent in
 * force, why dishes carry no dietary warning or the subsidy counts no status.
 */
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
        List<Item> items,
        List<ConsentNotice> consentNotices) {

    /**
     * The subsidy this senior can get for this meal from their real usage, and if not, why not: {@code minimumBill}
     * (0 = none) is the bill from which it applies, {@code messageZh}/{@code messageEn} the sentence to show, and
     * {@code schemes} each scheme's part and reason.
     */
    public record Subsidy(
            @Nullable String tierCode,
            BigDecimal amount,
            boolean available,
            String reason,
            BigDecimal minimumBill,
            String messageZh,
            String messageEn,
            List<SubsidyDecision.Share> schemes) {}

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

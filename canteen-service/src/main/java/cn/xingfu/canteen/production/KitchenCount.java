package cn.xingfu.canteen.production;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.ClosureNotice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the kitchen must cook for one meal: portions per dish by channel (placed orders, plus standing orders
 * expected but not placed yet), the variants to prepare (soft, minced, low-salt, without an allergen …), the
 * seniors whose needs clash with a dish, and the standing orders that failed.
 */
public record KitchenCount(
        long canteenId,
        String canteenName,
        LocalDate serviceDate,
        MealPeriod period,
        @Nullable ClosureNotice closure,
        List<DishCount> dishes,
        Totals totals,
        List<Conflict> conflicts,
        List<StandingProblem> standingProblems,
        Instant countedAt) {

    /** One dish: portions by channel, how many of them are still expected from standing orders, and variants. */
    public record DishCount(
            long menuItemId,
            String name,
            String nameEn,
            String category,
            Map<Channel, Integer> placed,
            Map<Channel, Integer> expected,
            int total,
            int portionsLeft,
            List<Variant> variants) {}

    /** Portions of a dish to prepare differently. {@code code}: SOFT, MINCED, PUREED, LOW_SALT …, NO_PEANUT … */
    public record Variant(String code, String labelZh, String labelEn, int portions) {}

    /** The meal at a glance. */
    public record Totals(int orders, int portions, Map<Channel, Integer> portionsByChannel, int expectedFromStanding) {}

    /**
     * A senior's recorded needs against a dish they will get. {@code source}: ORDER (placed; {@code orderNumber} set)
     * or STANDING (expected). {@code blocking}: an allergen.
     */
    public record Conflict(
            long seniorId,
            String maskedName,
            String source,
            @Nullable String orderNumber,
            String dishName,
            String code,
            String messageZh,
            String messageEn,
            boolean blocking) {}

    /** A standing-order meal that failed or cannot be filled: call the senior. */
    public record StandingProblem(long seniorId, String maskedName, String code, String messageZh, String messageEn) {}
}

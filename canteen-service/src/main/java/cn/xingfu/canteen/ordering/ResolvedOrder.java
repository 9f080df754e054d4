package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.card.VerifiedCard;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An order request after every check that needs no lock: who, where, when, which dishes, which warnings. */
record ResolvedOrder(
        CanteenView canteen,
        SeniorProfile senior,
        @Nullable VerifiedCard card,
        VerificationMethod verification,
        LocalDate serviceDate,
        MealPeriod period,
        Channel channel,
        List<Item> items,
        List<DietaryWarning> warnings) {

    record Item(MenuItemView dish, int quantity) {

        BigDecimal total() {
            return dish.price().multiply(BigDecimal.valueOf(quantity));
        }
    }

    BigDecimal gross() {
        return items.stream()
                .map(Item::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    boolean hasBlockingWarning() {
        return warnings.stream().anyMatch(DietaryWarning::blocking);
    }
}

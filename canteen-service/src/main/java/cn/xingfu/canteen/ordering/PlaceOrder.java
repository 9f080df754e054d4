package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to place an order. The senior is identified by exactly one of: a scanned card token, a card's
 * typed short code, or (staff only) a senior id checked in person. Date and period default to the meal
 * being ordered now; staff may order ahead (e.g. tomorrow's delivery).
 */
public record PlaceOrder(
        @Nullable String cardToken,
        @Nullable String manualCode,
        @Nullable Long seniorId,
        @Nullable Long canteenId,
        Channel channel,
        PaymentMethod payment,
        List<Item> items,
        boolean allergenConfirmed,
        @Nullable LocalDate serviceDate,
        @Nullable MealPeriod period,
        @Nullable Instant offlineCreatedAt) {

    /** One dish and how many portions. */
    public record Item(long menuItemId, int quantity) {}
}

package cn.xingfu.canteen.ordering.web;

import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.ordering.PlaceOrder;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON body of an order (and of a quote). */
record PlaceOrderRequest(
        @Size(max = 512) @Nullable String cardToken,
        @Size(max = 16) @Nullable String manualCode,
        @Positive @Nullable Long seniorId,
        @Positive @Nullable Long canteenId,
        @NotNull Channel channel,
        @Nullable PaymentMethod payment,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Item> items,
        @Nullable Boolean allergenConfirmed,
        @Nullable LocalDate serviceDate,
        @Nullable MealPeriod period,
        @Nullable Instant offlineCreatedAt) {

    record Item(@Positive long menuItemId, @Min(1) @Max(5) int quantity) {}

    PlaceOrder toCommand() {
        return new PlaceOrder(
                cardToken,
                manualCode,
                seniorId,
                canteenId,
                channel,
                payment == null ? PaymentMethod.WALLET : payment,
                items.stream()
                        .map(i -> new PlaceOrder.Item(i.menuItemId(), i.quantity()))
                        .toList(),
                Boolean.TRUE.equals(allergenConfirmed),
                serviceDate,
                period,
                offlineCreatedAt);
    }
}

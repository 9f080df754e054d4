package cn.xingfu.kiosk.canteen;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/orders} and {@code /api/orders/quote}. An order taken offline names the meal it was
 * taken for ({@code serviceDate}, {@code period} of the cached menu) and, when replayed, when it was taken.
 */
public record OrderRequest(
        String cardToken,
        String channel,
        String payment,
        List<OrderItem> items,
        boolean allergenConfirmed,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate serviceDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String period,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant offlineCreatedAt) {

    public OrderRequest {
        items = List.copyOf(items);
    }

    /** An order for the current meal, as the service sees it now. */
    public static OrderRequest now(
            String cardToken, String channel, String payment, List<OrderItem> items, boolean allergenConfirmed) {
        return new OrderRequest(cardToken, channel, payment, items, allergenConfirmed, null, null, null);
    }

    public OrderRequest forMeal(LocalDate date, String mealPeriod) {
        return new OrderRequest(
                cardToken, channel, payment, items, allergenConfirmed, date, mealPeriod, offlineCreatedAt);
    }

    public OrderRequest withOfflineCreatedAt(Instant createdAt) {
        return new OrderRequest(cardToken, channel, payment, items, allergenConfirmed, serviceDate, period, createdAt);
    }
}

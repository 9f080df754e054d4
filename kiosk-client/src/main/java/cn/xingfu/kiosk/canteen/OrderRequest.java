package cn.xingfu.kiosk.canteen;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/orders} and {@code /api/orders/quote}. */
public record OrderRequest(
        String cardToken,
        String channel,
        String payment,
        List<OrderItem> items,
        boolean allergenConfirmed,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant offlineCreatedAt) {

    public OrderRequest {
        items = List.copyOf(items);
    }

    public OrderRequest withOfflineCreatedAt(Instant createdAt) {
        return new OrderRequest(cardToken, channel, payment, items, allergenConfirmed, createdAt);
    }

    public OrderRequest withPayment(String newPayment) {
        return new OrderRequest(cardToken, channel, newPayment, items, allergenConfirmed, offlineCreatedAt);
    }
}

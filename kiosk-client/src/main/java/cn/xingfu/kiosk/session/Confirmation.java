package cn.xingfu.kiosk.session;

import java.math.BigDecimal;

/**
 * What the confirmation screen shows. A journalled (offline) order has a local reference until the service
 * accepts it; then it gets its order number, or a rejection in words.
 */
public record Confirmation(
        boolean queued,
        String localRef,
        Long orderId,
        String orderNumber,
        String status,
        long version,
        String channel,
        String payment,
        String paymentStatus,
        BigDecimal selfPay,
        Words rejection) {

    public boolean ready() {
        return "READY".equals(status);
    }

    public Confirmation withStatus(String newStatus, long newVersion) {
        return new Confirmation(
                false,
                localRef,
                orderId,
                orderNumber,
                newStatus,
                newVersion,
                channel,
                payment,
                paymentStatus,
                selfPay,
                rejection);
    }
}

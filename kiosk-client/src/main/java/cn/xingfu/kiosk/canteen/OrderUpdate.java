package cn.xingfu.kiosk.canteen;

import java.time.Instant;
import java.time.LocalDate;

/** A status change of an order, pushed over STOMP or returned by the catch-up call. */
public record OrderUpdate(
        long orderId,
        String orderNumber,
        long canteenId,
        Long kioskId,
        String status,
        String channel,
        String period,
        LocalDate serviceDate,
        long version,
        Instant updatedAt) {}

package cn.xingfu.kiosk.canteen;

import java.time.Instant;
import java.time.LocalDate;

/** STOMP {@code /topic/canteens/{canteenId}/menu}: one dish's portions changed. */
public record MenuChange(
        long canteenId,
        long menuItemId,
        LocalDate serviceDate,
        String period,
        Integer portionsLeft,
        boolean soldOut,
        Instant changedAt) {}

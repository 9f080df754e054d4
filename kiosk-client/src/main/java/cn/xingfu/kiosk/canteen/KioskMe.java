package cn.xingfu.kiosk.canteen;

import java.time.LocalDate;

/** {@code GET /api/kiosk/me}: who this kiosk is; {@code period} is null when no meal is being ordered now. */
public record KioskMe(
        long kioskId, String username, long canteenId, String canteenName, LocalDate serviceDate, String period) {}

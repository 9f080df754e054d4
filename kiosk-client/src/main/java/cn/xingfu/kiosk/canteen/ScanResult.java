package cn.xingfu.kiosk.canteen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/kiosk/scan}: the senior behind a card and today's menu for them. */
public record ScanResult(
        long cardId,
        long seniorId,
        String maskedName,
        LocalDate serviceDate,
        String period,
        List<String> channels,
        BigDecimal walletBalance,
        SubsidyInfo subsidy,
        List<MenuItem> items) {

    public ScanResult {
        channels = channels == null ? List.of() : List.copyOf(channels);
        items = items == null ? List.of() : List.copyOf(items);
    }
}

package cn.xingfu.kiosk.canteen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/kiosk/scan}: the senior behind a card and today's menu for them; {@code consentNotices} (absent
 * from older services) say why no dietary warning or status subsidy applies.
 */
public record ScanResult(
        long cardId,
        long seniorId,
        String maskedName,
        LocalDate serviceDate,
        String period,
        List<String> channels,
        BigDecimal walletBalance,
        SubsidyInfo subsidy,
        List<MenuItem> items,
        List<ConsentNotice> consentNotices) {

    public ScanResult {
        channels = channels == null ? List.of() : List.copyOf(channels);
        items = items == null ? List.of() : List.copyOf(items);
        consentNotices = consentNotices == null ? List.of() : List.copyOf(consentNotices);
    }
}

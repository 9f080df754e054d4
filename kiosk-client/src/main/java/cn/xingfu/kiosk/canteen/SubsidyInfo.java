package cn.xingfu.kiosk.canteen;

import java.math.BigDecimal;

/**
 * The subsidy a senior would get for this meal period, from their real usage. {@code minimumBill} (0 or absent = none)
 * is the bill from which it applies; {@code messageZh}/{@code messageEn} are the service's own words for it (absent
 * from older services, then the kiosk words the {@code reason} code itself).
 */
public record SubsidyInfo(
        String tierCode,
        String tierName,
        BigDecimal amount,
        boolean available,
        String reason,
        BigDecimal minimumBill,
        String messageZh,
        String messageEn) {

    public SubsidyInfo(String tierCode, String tierName, BigDecimal amount, boolean available, String reason) {
        this(tierCode, tierName, amount, available, reason, null, null, null);
    }

    public boolean hasMinimumBill() {
        return minimumBill != null && minimumBill.signum() > 0;
    }
}

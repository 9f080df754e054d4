package cn.xingfu.care.caregiver;

import java.time.LocalDate;

/**
 * A certificate that expires soon and has no later replacement. {@code leadDays} is the alert band reached
 * (90, 60 or 30 by default): the smallest configured lead time that is at least {@code daysLeft}.
 */
public record ExpiryAlert(
        long facilityId,
        long staffId,
        String staffName,
        StaffRole role,
        Kind kind,
        String certificateNumber,
        LocalDate validUntil,
        long daysLeft,
        int leadDays) {

    public enum Kind {
        CAREGIVER_CERTIFICATE,
        HEALTH_CERTIFICATE
    }
}

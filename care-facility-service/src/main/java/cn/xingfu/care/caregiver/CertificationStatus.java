package cn.xingfu.care.caregiver;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 持证率 of one facility (or, with {@code facilityId} null, of every facility given) on a date.
 * {@code ratePercent} is null when there is no active caregiver; the target is 100, and a facility without
 * caregivers never {@code meetsTarget}.
 */
public record CertificationStatus(
        @Nullable Long facilityId,
        String facilityName,
        LocalDate checkedOn,
        int activeCaregivers,
        int certifiedCaregivers,
        @Nullable BigDecimal ratePercent,
        boolean meetsTarget,
        List<MissingCaregiver> missing) {

    /** An active caregiver without a valid certificate on the check date. */
    public record MissingCaregiver(long staffId, String name, long facilityId) {}
}

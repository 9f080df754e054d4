package cn.xingfu.care.resident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident moved into an institution bed (ADMITTED) or left it for good (DISCHARGED, with the reason). Published
 * in the transaction of the change; carries no personal data.
 */
public record StayChanged(
        long admissionId,
        long residentId,
        long facilityId,
        Kind kind,
        LocalDate on,
        @Nullable DischargeReason dischargeReason) {

    /** What happened to the stay. */
    public enum Kind {
        ADMITTED,
        DISCHARGED
    }
}

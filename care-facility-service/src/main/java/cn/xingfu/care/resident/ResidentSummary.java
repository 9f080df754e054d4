package cn.xingfu.care.resident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What other modules may know of a resident without health data. */
public record ResidentSummary(
        long id,
        long facilityId,
        String name,
        Gender gender,
        LocalDate birthDate,
        @Nullable LocalDate deceasedOn,
        @Nullable Long currentAdmissionId,
        @Nullable Long currentBedId) {

    /** Living in an institution bed now (admitted or on leave, holding a bed). */
    public boolean inInstitution() {
        return currentAdmissionId != null;
    }

    public boolean deceased() {
        return deceasedOn != null;
    }
}

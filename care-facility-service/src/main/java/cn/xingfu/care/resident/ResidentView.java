package cn.xingfu.care.resident;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resident for people. The ID number is always masked; {@code health} is present only for care managers
 * of the resident's facility (district administrators see the record without it).
 */
public record ResidentView(
        long id,
        long facilityId,
        String name,
        Gender gender,
        LocalDate birthDate,
        String idNumberMasked,
        @Nullable LocalDate deceasedOn,
        @Nullable Long currentAdmissionId,
        @Nullable Long currentBedId,
        @Nullable Health health,
        long version) {

    /** Sensitive health data. */
    public record Health(@Nullable String notes, List<DiagnosisView> diagnoses) {}
}

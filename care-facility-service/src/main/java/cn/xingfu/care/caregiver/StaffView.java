package cn.xingfu.care.caregiver;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A staff member as clients see it; the ID number is masked. */
public record StaffView(
        long id,
        long facilityId,
        String name,
        @Nullable String maskedIdNumber,
        StaffRole role,
        boolean active,
        @Nullable LocalDate hiredOn,
        long version) {}

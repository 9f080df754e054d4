package cn.xingfu.care.caregiver;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Who is on which shift; {@code unitId} null means the facility at large. */
public record RosterEntryView(
        long id,
        long facilityId,
        @Nullable Long unitId,
        LocalDate dutyDate,
        Shift shift,
        long staffId,
        String staffName,
        StaffRole role) {}

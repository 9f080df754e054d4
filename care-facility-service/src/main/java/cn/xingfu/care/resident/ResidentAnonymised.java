package cn.xingfu.care.resident;

import java.time.LocalDate;

/** Retention ran out for a resident: other modules drop or anonymise what they keep about them. */
public record ResidentAnonymised(long residentId, long facilityId, LocalDate on) {}

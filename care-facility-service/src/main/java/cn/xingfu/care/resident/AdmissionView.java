package cn.xingfu.care.resident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stay as clients see it. */
public record AdmissionView(
        long id,
        long residentId,
        long facilityId,
        AdmissionStatus status,
        @Nullable Long bedId,
        LocalDate requestedOn,
        String requestedBy,
        @Nullable String approvedBy,
        @Nullable LocalDate admittedOn,
        @Nullable LocalDate dischargedOn,
        @Nullable DischargeReason dischargeReason,
        @Nullable String note,
        long version) {}

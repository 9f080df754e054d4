package cn.xingfu.care.bed;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A bed as other modules and clients see it. {@code roomId} is null for home-care beds. */
public record BedView(
        long id,
        long facilityId,
        @Nullable Long roomId,
        String label,
        BedType type,
        BedStatus status,
        @Nullable Long reservedFor,
        @Nullable String homeAddress,
        LocalDate inServiceFrom,
        long version) {}

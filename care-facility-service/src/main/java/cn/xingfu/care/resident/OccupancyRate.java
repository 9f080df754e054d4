package cn.xingfu.care.resident;

import cn.xingfu.care.bed.BedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Occupied bed-days ÷ available bed-days; {@code bedType} null = all institutional beds. */
public record OccupancyRate(
        long facilityId,
        @Nullable BedType bedType,
        LocalDate from,
        LocalDate to,
        long occupiedBedDays,
        long availableBedDays,
        @Nullable BigDecimal rate) {}

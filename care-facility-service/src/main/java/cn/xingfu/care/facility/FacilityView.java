package cn.xingfu.care.facility;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A facility as other modules and clients see it. */
public record FacilityView(
        long id,
        FacilityType type,
        String name,
        String address,
        String district,
        String operator,
        @Nullable String licenceNumber,
        @Nullable LocalDate filingDate,
        LocalDate openedOn,
        int capacity,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        long version) {}

package cn.xingfu.care.facility;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What is entered when a facility is registered or corrected. */
public record FacilityDetails(
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
        @Nullable BigDecimal longitude) {}

package cn.xingfu.care.canteenlink;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The JSON canteen-service receives for a stay; canteen-service owns its own copy of this shape. */
public record StayNotice(
        long noticeId,
        String stayRef,
        String kind,
        LocalDate on,
        String idNumberHash,
        LocalDate birthDate,
        String facilityName,
        @Nullable String dischargeReason) {}

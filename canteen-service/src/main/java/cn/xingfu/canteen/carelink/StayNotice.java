package cn.xingfu.canteen.carelink;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stay notice as care-facility-service sends it: ADMITTED on a date, or DISCHARGED on a date with the reason
 * (RETURNED_HOME, HOSPITAL, MOVED_TO_OTHER_INSTITUTION, DECEASED, OTHER). {@code idNumberHash} is the keyed hash of
 * the resident's ID number; {@code stayRef} names the stay in care-facility-service.
 */
public record StayNotice(
        long noticeId,
        String stayRef,
        String kind,
        LocalDate on,
        String idNumberHash,
        LocalDate birthDate,
        String facilityName,
        @Nullable String dischargeReason) {}

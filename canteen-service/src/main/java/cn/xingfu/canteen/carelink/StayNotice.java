package cn.xingfu.canteen.carelink;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stay notice as care-facility-service sends it: ADMITTED on a date, or DISCHARGED on a date with the reason
 * (RETURNED_HOME, HOSPITAL, MOVED_TO_OTHER_INSTITUTION, DECEASED, OTHER). {@code idNumberHash} is the keyed hash of
 * the resident's ID number; {@code stayRef} names the stay in care-facility-service.
 */
public record StayNotice(
        long noticeId,
        @NotBlank @Size(max = 64) String stayRef,
        @NotNull @Pattern(regexp = "ADMITTED|DISCHARGED") String kind,
        @NotNull LocalDate on,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}") String idNumberHash,
        @NotNull LocalDate birthDate,
        @NotBlank @Size(max = 200) String facilityName,
        @Nullable @Size(max = 32) String dischargeReason) {}

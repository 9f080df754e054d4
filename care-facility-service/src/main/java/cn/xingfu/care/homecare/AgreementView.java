package cn.xingfu.care.homecare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record AgreementView(
        long id,
        long bedId,
        long residentId,
        long facilityId,
        String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo,
        @Nullable LocalDate terminatedOn) {}

package cn.xingfu.care.caregiver;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A caregiver certificate; {@code validToday} applies the validity rule on the server's date. */
public record CertificateView(
        long id,
        long staffId,
        CaregiverLevel level,
        int rank,
        String levelName,
        String certificateNumber,
        String issuer,
        LocalDate issueDate,
        @Nullable LocalDate validUntil,
        int trainingHours,
        boolean revoked,
        boolean validToday) {}

package cn.xingfu.care.caregiver;

import java.time.LocalDate;

/** A food handler's health certificate. */
public record HealthCertificateView(
        long id,
        long staffId,
        String certificateNumber,
        String issuer,
        LocalDate issueDate,
        LocalDate validUntil,
        boolean validToday) {}

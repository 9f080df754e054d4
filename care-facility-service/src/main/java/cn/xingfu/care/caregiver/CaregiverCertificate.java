package cn.xingfu.care.caregiver;

import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A 养老护理员 skill certificate. Revoking keeps the record; it only stops counting. */
@Entity
@Table(name = "caregiver_certificate")
class CaregiverCertificate {

    @Id
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Convert(converter = CaregiverLevelConverter.class)
    @Column(name = "level_rank", nullable = false)
    private CaregiverLevel level;

    @Column(name = "certificate_number", nullable = false, length = 40)
    private String number;

    @Column(nullable = false, length = 120)
    private String issuer;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "training_hours", nullable = false)
    private int trainingHours;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaregiverCertificate() {}

    CaregiverCertificate(
            long id,
            long staffId,
            CaregiverLevel level,
            String number,
            String issuer,
            LocalDate issueDate,
            @Nullable LocalDate validUntil,
            int trainingHours,
            Instant now) {
        if (validUntil != null && validUntil.isBefore(issueDate)) {
            throw DomainException.invalid(
                    "CERTIFICATE_DATES_INVALID", "有效期不能早于发证日期", "The valid-until date cannot precede the issue date");
        }
        if (trainingHours < 0) {
            throw DomainException.invalid("TRAINING_HOURS_INVALID", "培训学时不能为负", "Training hours cannot be negative");
        }
        this.id = id;
        this.staffId = staffId;
        this.level = level;
        this.number = number.trim();
        this.issuer = issuer.trim();
        this.issueDate = issueDate;
        this.validUntil = validUntil;
        this.trainingHours = trainingHours;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revoked) {
            throw DomainException.conflict(
                    "CERTIFICATE_ALREADY_REVOKED", "证书已被撤销", "The certificate is already revoked");
        }
        revoked = true;
        revokedAt = now;
    }

    CertificationRule.Credential credential() {
        return new CertificationRule.Credential(staffId, issueDate, validUntil, revoked);
    }

    boolean validOn(LocalDate date) {
        return CertificationRule.valid(credential(), date);
    }

    CertificateView view(LocalDate today) {
        return new CertificateView(
                id,
                staffId,
                level,
                level.rank(),
                level.chinese(),
                number,
                issuer,
                issueDate,
                validUntil,
                trainingHours,
                revoked,
                validOn(today));
    }

    long id() {
        return id;
    }

    long staffId() {
        return staffId;
    }

    CaregiverLevel level() {
        return level;
    }

    String number() {
        return number;
    }

    @Nullable
    LocalDate validUntil() {
        return validUntil;
    }

    boolean revoked() {
        return revoked;
    }
}

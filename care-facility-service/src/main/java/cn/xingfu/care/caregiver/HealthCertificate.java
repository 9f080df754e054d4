package cn.xingfu.care.caregiver;

import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A food handler's 健康证明: valid one year from its issue date (食品安全法 art. 45). */
@Entity
@Table(name = "health_certificate")
class HealthCertificate {

    @Id
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "certificate_number", nullable = false, length = 40)
    private String number;

    @Column(nullable = false, length = 120)
    private String issuer;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HealthCertificate() {}

    HealthCertificate(
            long id, long staffId, String number, String issuer, LocalDate issueDate, LocalDate today, Instant now) {
        if (issueDate.isAfter(today)) {
            throw DomainException.invalid(
                    "CERTIFICATE_DATES_INVALID", "发证日期不能在未来", "The issue date cannot be in the future");
        }
        this.id = id;
        this.staffId = staffId;
        this.number = number.trim();
        this.issuer = issuer.trim();
        this.issueDate = issueDate;
        this.validUntil = validUntilFor(issueDate);
        this.createdAt = now;
    }

    /** One year, inclusive of the issue day: issued 2026-03-01, valid through 2027-02-28. */
    static LocalDate validUntilFor(LocalDate issueDate) {
        return issueDate.plusYears(1).minusDays(1);
    }

    boolean validOn(LocalDate date) {
        return !issueDate.isAfter(date) && !validUntil.isBefore(date);
    }

    HealthCertificateView view(LocalDate today) {
        return new HealthCertificateView(id, staffId, number, issuer, issueDate, validUntil, validOn(today));
    }

    long staffId() {
        return staffId;
    }

    String number() {
        return number;
    }

    LocalDate validUntil() {
        return validUntil;
    }
}

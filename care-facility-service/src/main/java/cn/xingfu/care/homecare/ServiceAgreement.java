package cn.xingfu.care.homecare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The signed service agreement that turns a senior's home into a home-care bed. */
@Entity
@Table(name = "home_care_agreement")
class ServiceAgreement {

    @Id
    private Long id;

    @Column(name = "bed_id", nullable = false)
    private long bedId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "agreement_number", nullable = false, length = 60)
    private String number;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "terminated_on")
    private @Nullable LocalDate terminatedOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ServiceAgreement() {}

    ServiceAgreement(
            long id,
            long bedId,
            long residentId,
            long facilityId,
            String number,
            LocalDate signedOn,
            LocalDate validFrom,
            LocalDate validTo,
            String recordedBy,
            Instant now) {
        this.id = id;
        this.bedId = bedId;
        this.residentId = residentId;
        this.facilityId = facilityId;
        this.number = number;
        this.signedOn = signedOn;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    boolean validOn(LocalDate date) {
        return !signedOn.isAfter(date)
                && !validFrom.isAfter(date)
                && !validTo.isBefore(date)
                && (terminatedOn == null || date.isBefore(terminatedOn));
    }

    boolean open() {
        return terminatedOn == null;
    }

    void terminate(LocalDate on) {
        this.terminatedOn = on;
    }

    AgreementView view() {
        return new AgreementView(id, bedId, residentId, facilityId, number, signedOn, validFrom, validTo, terminatedOn);
    }

    long id() {
        return id;
    }

    long bedId() {
        return bedId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    long residentId() {
        return residentId;
    }

    long facilityId() {
        return facilityId;
    }

    /** The day the agreement ended or will end: its termination, else the end of its term. */
    LocalDate endsOn() {
        return terminatedOn != null ? terminatedOn : validTo;
    }
}

package cn.xingfu.care.resident;

import cn.xingfu.care.shared.crypto.Encrypted;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One stay of a resident in a facility, with guarded transitions. */
@Entity
@Table(name = "admission")
class Admission {

    @Id
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdmissionStatus status;

    @Column(name = "bed_id")
    private @Nullable Long bedId;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "approved_by", length = 64)
    private @Nullable String approvedBy;

    @Column(name = "admitted_on")
    private @Nullable LocalDate admittedOn;

    @Column(name = "discharged_on")
    private @Nullable LocalDate dischargedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "discharge_reason", length = 20)
    private @Nullable DischargeReason dischargeReason;

    @Convert(converter = Encrypted.class)
    @Column(length = 2200)
    private @Nullable String note;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Admission() {}

    Admission(
            long id,
            long residentId,
            long facilityId,
            LocalDate requestedOn,
            String requestedBy,
            @Nullable String note,
            Instant now) {
        this.id = id;
        this.residentId = residentId;
        this.facilityId = facilityId;
        this.status = AdmissionStatus.REQUESTED;
        this.requestedOn = requestedOn;
        this.requestedBy = requestedBy;
        this.note = note;
        this.createdAt = now;
    }

    void approve(String by) {
        expect(Set.of(AdmissionStatus.REQUESTED));
        this.status = AdmissionStatus.APPROVED;
        this.approvedBy = by;
    }

    void reject() {
        expect(Set.of(AdmissionStatus.REQUESTED));
        this.status = AdmissionStatus.REJECTED;
    }

    void reserved(long bed) {
        expect(Set.of(AdmissionStatus.APPROVED));
        this.bedId = bed;
    }

    void admit(long bed, LocalDate on) {
        expect(Set.of(AdmissionStatus.APPROVED));
        if (on.isBefore(requestedOn)) {
            throw DomainException.invalid(
                    "ADMISSION_DATE_INVALID", "入住日期不能早于申请日期", "The admission date cannot be before the request");
        }
        this.status = AdmissionStatus.ADMITTED;
        this.bedId = bed;
        this.admittedOn = on;
    }

    void movedTo(long bed) {
        expect(Set.of(AdmissionStatus.ADMITTED));
        this.bedId = bed;
    }

    void leave() {
        expect(Set.of(AdmissionStatus.ADMITTED));
        this.status = AdmissionStatus.ON_LEAVE;
    }

    void back() {
        expect(Set.of(AdmissionStatus.ON_LEAVE));
        this.status = AdmissionStatus.ADMITTED;
    }

    void discharge(LocalDate on, DischargeReason reason) {
        expect(Set.of(AdmissionStatus.ADMITTED, AdmissionStatus.ON_LEAVE));
        if (admittedOn != null && on.isBefore(admittedOn)) {
            throw DomainException.invalid(
                    "DISCHARGE_DATE_INVALID", "出院日期不能早于入住日期", "The discharge date cannot be before admission");
        }
        this.status = AdmissionStatus.DISCHARGED;
        this.dischargedOn = on;
        this.dischargeReason = reason;
    }

    void cancel() {
        expect(Set.of(AdmissionStatus.REQUESTED, AdmissionStatus.APPROVED));
        this.status = AdmissionStatus.CANCELLED;
    }

    private void expect(Set<AdmissionStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "ADMISSION_STATE_INVALID",
                    "当前入住状态（" + status + "）不允许此操作",
                    "This is not possible while the stay is " + status,
                    java.util.Map.of("admissionStatus", status.name()));
        }
    }

    /** In the institution that day: admitted on or before it and not yet discharged (cancelled stays never were). */
    boolean wasInOn(LocalDate date) {
        return admittedOn != null && !admittedOn.isAfter(date) && (dischargedOn == null || dischargedOn.isAfter(date));
    }

    AdmissionView view() {
        return new AdmissionView(
                id,
                residentId,
                facilityId,
                status,
                bedId,
                requestedOn,
                requestedBy,
                approvedBy,
                admittedOn,
                dischargedOn,
                dischargeReason,
                note,
                version);
    }

    long id() {
        return id;
    }

    long residentId() {
        return residentId;
    }

    long facilityId() {
        return facilityId;
    }

    LocalDate requestedOn() {
        return requestedOn;
    }

    @Nullable
    LocalDate dischargedOn() {
        return dischargedOn;
    }

    AdmissionStatus status() {
        return status;
    }

    @Nullable
    Long bedId() {
        return bedId;
    }
}

package cn.xingfu.care.resident;

import cn.xingfu.care.shared.crypto.Encrypted;
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
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "resident")
class Resident {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = Encrypted.class)
    @Column(name = "id_number", nullable = false, length = 120)
    private String idNumber;

    @Column(name = "id_number_index", nullable = false, length = 64)
    private String idNumberIndex;

    @Convert(converter = Encrypted.class)
    @Column(length = 120)
    private @Nullable String phone;

    @Convert(converter = Encrypted.class)
    @Column(name = "health_notes", columnDefinition = "TEXT")
    private @Nullable String healthNotes;

    @Column(name = "deceased_on")
    private @Nullable LocalDate deceasedOn;

    @Column(name = "anonymised_on")
    private @Nullable LocalDate anonymisedOn;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Resident() {}

    Resident(
            long id,
            long facilityId,
            String name,
            Gender gender,
            LocalDate birthDate,
            String idNumber,
            String idNumberIndex,
            @Nullable String phone,
            @Nullable String healthNotes,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.name = name;
        this.gender = gender;
        this.birthDate = birthDate;
        this.idNumber = idNumber;
        this.idNumberIndex = idNumberIndex;
        this.phone = phone;
        this.healthNotes = healthNotes;
        this.createdAt = now;
    }

    void died(LocalDate on) {
        this.deceasedOn = on;
    }

    /** Retention ran out: nothing that identifies the person stays; the placeholder keeps the unique index. */
    void anonymise(LocalDate on, String placeholderIdNumber, String placeholderIndex) {
        this.name = "已匿名";
        this.idNumber = placeholderIdNumber;
        this.idNumberIndex = placeholderIndex;
        this.phone = null;
        this.healthNotes = null;
        this.birthDate = LocalDate.of(birthDate.getYear(), 1, 1);
        this.anonymisedOn = on;
    }

    void updateHealthNotes(@Nullable String notes) {
        this.healthNotes = notes;
    }

    long id() {
        return id;
    }

    long facilityId() {
        return facilityId;
    }

    String name() {
        return name;
    }

    Gender gender() {
        return gender;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String idNumber() {
        return idNumber;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Nullable
    String healthNotes() {
        return healthNotes;
    }

    @Nullable
    LocalDate deceasedOn() {
        return deceasedOn;
    }

    @Nullable
    LocalDate anonymisedOn() {
        return anonymisedOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}

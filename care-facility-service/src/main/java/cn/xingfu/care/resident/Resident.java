package cn.xingfu.care.resident;

import jakarta.persistence.Column;
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

    @Column(name = "id_number", nullable = false, length = 18)
    private String idNumber;

    @Column(length = 20)
    private @Nullable String phone;

    @Column(name = "health_notes", length = 2000)
    private @Nullable String healthNotes;

    @Column(name = "deceased_on")
    private @Nullable LocalDate deceasedOn;

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
            @Nullable String phone,
            @Nullable String healthNotes,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.name = name;
        this.gender = gender;
        this.birthDate = birthDate;
        this.idNumber = idNumber;
        this.phone = phone;
        this.healthNotes = healthNotes;
        this.createdAt = now;
    }

    void died(LocalDate on) {
        this.deceasedOn = on;
    }

    void updateHealthNotes(@Nullable String notes) {
        this.healthNotes = notes;
    }

    long getId() {
        return id;
    }

    long getFacilityId() {
        return facilityId;
    }

    String getName() {
        return name;
    }

    Gender getGender() {
        return gender;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    String getIdNumber() {
        return idNumber;
    }

    @Nullable
    String getPhone() {
        return phone;
    }

    @Nullable
    String getHealthNotes() {
        return healthNotes;
    }

    @Nullable
    LocalDate getDeceasedOn() {
        return deceasedOn;
    }

    long getVersion() {
        return version;
    }
}

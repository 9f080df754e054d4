package cn.xingfu.care.resident;

import cn.xingfu.care.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "diagnosis")
class Diagnosis {

    @Id
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Convert(converter = Encrypted.class)
    @Column(name = "icd10_code", nullable = false, length = 120)
    private String icd10Code;

    @Convert(converter = Encrypted.class)
    @Column(nullable = false, length = 600)
    private String name;

    @Column(name = "diagnosed_on", nullable = false)
    private LocalDate diagnosedOn;

    @Column(name = "diagnosed_by", nullable = false, length = 100)
    private String diagnosedBy;

    @Column(nullable = false)
    private boolean psychiatrist;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Diagnosis() {}

    Diagnosis(
            long id,
            long residentId,
            String icd10Code,
            String name,
            LocalDate diagnosedOn,
            String diagnosedBy,
            boolean psychiatrist,
            Instant now) {
        this.id = id;
        this.residentId = residentId;
        this.icd10Code = icd10Code;
        this.name = name;
        this.diagnosedOn = diagnosedOn;
        this.diagnosedBy = diagnosedBy;
        this.psychiatrist = psychiatrist;
        this.createdAt = now;
    }

    DiagnosisView view() {
        return new DiagnosisView(id, icd10Code, name, diagnosedOn, diagnosedBy, psychiatrist);
    }
}

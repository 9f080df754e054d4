package cn.xingfu.care.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One assessment of one risk of a resident; history is kept, the latest per risk is current. */
@Entity
@Table(name = "resident_risk_assessment")
class RiskAssessment {

    @Id
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Risk risk;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 20)
    private RiskLevel level;

    @Column(length = 1000)
    private @Nullable String measures;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_by", nullable = false, length = 60)
    private String assessedBy;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RiskAssessment() {}

    RiskAssessment(
            long id,
            long residentId,
            long facilityId,
            Risk risk,
            RiskLevel level,
            @Nullable String measures,
            LocalDate assessedOn,
            String assessedBy,
            String recordedBy,
            Instant now) {
        this.id = id;
        this.residentId = residentId;
        this.facilityId = facilityId;
        this.risk = risk;
        this.level = level;
        this.measures = measures;
        this.assessedOn = assessedOn;
        this.assessedBy = assessedBy;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    long residentId() {
        return residentId;
    }

    Risk risk() {
        return risk;
    }

    RiskLevel level() {
        return level;
    }

    RiskView view() {
        return new RiskView(risk, risk.nameZh(), risk.nameEn(), level, measures, assessedOn, assessedBy);
    }
}

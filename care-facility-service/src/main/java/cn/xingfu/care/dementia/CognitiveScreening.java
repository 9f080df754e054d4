package cn.xingfu.care.dementia;

import cn.xingfu.care.shared.crypto.EncryptedInteger;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An MMSE or MoCA result with the education band its cut-off depends on. */
@Entity
@Table(name = "cognitive_screening")
class CognitiveScreening {

    @Id
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ScreeningTool tool;

    @Convert(converter = EncryptedInteger.class)
    @Column(nullable = false, length = 120)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EducationLevel education;

    @Column(name = "screened_on", nullable = false)
    private LocalDate screenedOn;

    @Column(name = "screened_by", nullable = false, length = 60)
    private String screenedBy;

    @Column(name = "doctor_confirmed", nullable = false)
    private boolean doctorConfirmed;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CognitiveScreening() {}

    CognitiveScreening(
            long id,
            long residentId,
            long facilityId,
            ScreeningTool tool,
            int score,
            EducationLevel education,
            LocalDate screenedOn,
            String screenedBy,
            boolean doctorConfirmed,
            String recordedBy,
            Instant now) {
        this.id = id;
        this.residentId = residentId;
        this.facilityId = facilityId;
        this.tool = tool;
        this.score = score;
        this.education = education;
        this.screenedOn = screenedOn;
        this.screenedBy = screenedBy;
        this.doctorConfirmed = doctorConfirmed;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    ScreeningView view(boolean positive) {
        return new ScreeningView(
                id, residentId, tool, score, education, screenedOn, screenedBy, doctorConfirmed, positive);
    }

    ScreeningTool tool() {
        return tool;
    }

    int score() {
        return score;
    }

    EducationLevel education() {
        return education;
    }

    LocalDate screenedOn() {
        return screenedOn;
    }

    boolean doctorConfirmed() {
        return doctorConfirmed;
    }
}

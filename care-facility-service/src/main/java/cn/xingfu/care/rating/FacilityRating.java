package cn.xingfu.care.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One rating decision. Immutable: a new decision is a new row, so the history is never overwritten. */
@Entity
@Table(name = "facility_rating")
class FacilityRating {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RatingScheme scheme;

    @Column(name = "rating_level", nullable = false)
    private int level;

    @Column(nullable = false, length = 120)
    private String issuer;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "basis_standard", nullable = false, length = 120)
    private String basisStandard;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FacilityRating() {}

    FacilityRating(
            long id,
            long facilityId,
            RatingScheme scheme,
            int level,
            String issuer,
            LocalDate decisionDate,
            @Nullable LocalDate validUntil,
            String basisStandard,
            String recordedBy,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.scheme = scheme;
        this.level = level;
        this.issuer = issuer.trim();
        this.decisionDate = decisionDate;
        this.validUntil = validUntil;
        this.basisStandard = basisStandard.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    boolean validOn(LocalDate date) {
        return !decisionDate.isAfter(date) && (validUntil == null || !validUntil.isBefore(date));
    }

    FacilityRatingView view() {
        return new FacilityRatingView(
                id,
                facilityId,
                scheme,
                level,
                scheme.chineseLabel(level),
                issuer,
                decisionDate,
                validUntil,
                basisStandard,
                recordedBy,
                recordedAt);
    }

    long facilityId() {
        return facilityId;
    }

    RatingScheme scheme() {
        return scheme;
    }

    int level() {
        return level;
    }

    LocalDate decisionDate() {
        return decisionDate;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    @Nullable
    LocalDate validUntil() {
        return validUntil;
    }
}

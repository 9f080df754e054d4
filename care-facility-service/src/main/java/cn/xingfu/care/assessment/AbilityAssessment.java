package cn.xingfu.care.assessment;

import cn.xingfu.care.shared.crypto.EncryptedInteger;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One assessment, immutable once recorded. GB/T 42195-2022 assessments carry the 26 scores, dimension
 * sums, grades and adjustments; MZ/T 039-2013 ones only their original grade (0-3) and total, as recorded.
 */
@Entity
@Table(name = "ability_assessment")
class AbilityAssessment {

    @Id
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssessmentReason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "standard_version", nullable = false, length = 20)
    private StandardVersion standardVersion;

    @Column(name = "first_assessor", nullable = false, length = 60)
    private String firstAssessor;

    @Column(name = "second_assessor", nullable = false, length = 60)
    private String secondAssessor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_item", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "item_code", length = 32)
    @Convert(converter = EncryptedInteger.class) // the map's values; the item codes stay plaintext (the key)
    @Column(name = "score", nullable = false, length = 120)
    private Map<AbilityItem, Integer> scores = new EnumMap<>(AbilityItem.class);

    @Convert(converter = EncryptedInteger.class)
    @Column(name = "self_care", length = 120)
    private @Nullable Integer selfCare;

    @Convert(converter = EncryptedInteger.class)
    @Column(name = "basic_mobility", length = 120)
    private @Nullable Integer basicMobility;

    @Convert(converter = EncryptedInteger.class)
    @Column(name = "mental_state", length = 120)
    private @Nullable Integer mentalState;

    @Convert(converter = EncryptedInteger.class)
    @Column(name = "perception_social", length = 120)
    private @Nullable Integer perceptionSocial;

    @Convert(converter = EncryptedInteger.class)
    @Column(name = "total_score", length = 120)
    private @Nullable Integer total;

    @Convert(converter = EncryptedGrade.class)
    @Column(name = "initial_grade", length = 120)
    private @Nullable AbilityGrade initialGrade;

    @Convert(converter = EncryptedGrade.class)
    @Column(name = "final_grade", length = 120)
    private @Nullable AbilityGrade finalGrade;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_adjustment", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<Adjustment> adjustments = new ArrayList<>();

    @Column(name = "risk_events_30d", nullable = false)
    private int riskEvents;

    @Column(nullable = false)
    private boolean coma;

    @Convert(converter = EncryptedInteger.class) // since V147-V148, like the current standard's grades
    @Column(name = "legacy_grade", length = 120)
    private @Nullable Integer legacyGrade;

    @Convert(converter = EncryptedInteger.class)
    @Column(name = "legacy_total", length = 120)
    private @Nullable Integer legacyTotal;

    @Column(name = "next_due_on")
    private @Nullable LocalDate nextDueOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AbilityAssessment() {}

    private AbilityAssessment(
            long id,
            long residentId,
            long facilityId,
            LocalDate assessedOn,
            AssessmentReason reason,
            StandardVersion standardVersion,
            String firstAssessor,
            String secondAssessor,
            String recordedBy,
            Instant now) {
        this.id = id;
        this.residentId = residentId;
        this.facilityId = facilityId;
        this.assessedOn = assessedOn;
        this.reason = reason;
        this.standardVersion = standardVersion;
        this.firstAssessor = firstAssessor;
        this.secondAssessor = secondAssessor;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    static AbilityAssessment current(
            long id,
            long residentId,
            long facilityId,
            LocalDate assessedOn,
            AssessmentReason reason,
            String firstAssessor,
            String secondAssessor,
            Map<AbilityItem, Integer> scores,
            GradingResult result,
            int riskEvents,
            boolean coma,
            LocalDate nextDueOn,
            String recordedBy,
            Instant now) {
        AbilityAssessment a = new AbilityAssessment(
                id,
                residentId,
                facilityId,
                assessedOn,
                reason,
                StandardVersion.GB_T_42195_2022,
                firstAssessor,
                secondAssessor,
                recordedBy,
                now);
        a.scores.putAll(scores);
        a.selfCare = result.dimensions().get(Dimension.SELF_CARE);
        a.basicMobility = result.dimensions().get(Dimension.BASIC_MOBILITY);
        a.mentalState = result.dimensions().get(Dimension.MENTAL_STATE);
        a.perceptionSocial = result.dimensions().get(Dimension.PERCEPTION_AND_SOCIAL);
        a.total = result.total();
        a.initialGrade = result.initialGrade();
        a.finalGrade = result.finalGrade();
        a.adjustments.addAll(result.adjustments());
        a.riskEvents = riskEvents;
        a.coma = coma;
        a.nextDueOn = nextDueOn;
        return a;
    }

    static AbilityAssessment legacy(
            long id,
            long residentId,
            long facilityId,
            LocalDate assessedOn,
            AssessmentReason reason,
            String firstAssessor,
            String secondAssessor,
            int legacyGrade,
            @Nullable Integer legacyTotal,
            String recordedBy,
            Instant now) {
        AbilityAssessment a = new AbilityAssessment(
                id,
                residentId,
                facilityId,
                assessedOn,
                reason,
                StandardVersion.MZ_T_039_2013,
                firstAssessor,
                secondAssessor,
                recordedBy,
                now);
        a.legacyGrade = legacyGrade;
        a.legacyTotal = legacyTotal;
        return a;
    }

    AssessmentView view(boolean withDetails) {
        Map<Dimension, Integer> dims = new EnumMap<>(Dimension.class);
        if (total != null) {
            dims.put(Dimension.SELF_CARE, selfCare);
            dims.put(Dimension.BASIC_MOBILITY, basicMobility);
            dims.put(Dimension.MENTAL_STATE, mentalState);
            dims.put(Dimension.PERCEPTION_AND_SOCIAL, perceptionSocial);
        }
        return new AssessmentView(
                id,
                residentId,
                facilityId,
                assessedOn,
                reason,
                standardVersion,
                firstAssessor,
                secondAssessor,
                withDetails ? Map.copyOf(scores) : null,
                withDetails ? dims : null,
                total,
                initialGrade,
                finalGrade,
                withDetails ? List.copyOf(adjustments) : null,
                legacyGrade,
                legacyTotal,
                nextDueOn);
    }

    long residentId() {
        return residentId;
    }

    long facilityId() {
        return facilityId;
    }

    LocalDate assessedOn() {
        return assessedOn;
    }

    StandardVersion standardVersion() {
        return standardVersion;
    }

    @Nullable
    AbilityGrade finalGrade() {
        return finalGrade;
    }

    @Nullable
    LocalDate nextDueOn() {
        return nextDueOn;
    }

    Instant createdAt() {
        return createdAt;
    }
}

package cn.xingfu.care.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A facility's self-assessment (自评) as entered, with the evaluation computed when it was recorded and the
 * threshold table it used. The stored evaluation is what is shown ever after: it is never recomputed.
 */
@Entity
@Table(name = "rating_self_assessment")
class SelfAssessment {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RatingScheme scheme;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "score_environment", nullable = false)
    private int environment;

    @Column(name = "score_facilities", nullable = false)
    private int facilities;

    @Column(name = "score_operations", nullable = false)
    private int operations;

    @Column(name = "score_service", nullable = false)
    private int service;

    @Column(name = "gb38600_compliant", nullable = false)
    private boolean gb38600Compliant;

    @Column(name = "last_accident_or_penalty")
    private @Nullable LocalDate lastAccidentOrPenalty;

    @Column(name = "on_dishonest_list", nullable = false)
    private boolean onDishonestList;

    @Column(name = "refused_plaque_return", nullable = false)
    private boolean refusedPlaqueReturn;

    @Column(length = 500)
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "threshold_table_id")
    private @Nullable Long thresholdTableId;

    @Column(name = "level_awarded")
    private @Nullable Integer levelAwarded;

    @Convert(converter = EvaluationConverter.class)
    @Column(name = "evaluation_json", columnDefinition = "MEDIUMTEXT")
    private @Nullable Evaluation evaluation;

    @Column(name = "evaluated_at")
    private @Nullable Instant evaluatedAt;

    protected SelfAssessment() {}

    SelfAssessment(
            long id,
            long facilityId,
            RatingScheme scheme,
            LocalDate assessedOn,
            PartScores scores,
            Vetoes vetoes,
            @Nullable String note,
            String recordedBy,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.scheme = scheme;
        this.assessedOn = assessedOn;
        this.environment = scores.environment();
        this.facilities = scores.facilities();
        this.operations = scores.operations();
        this.service = scores.service();
        this.gb38600Compliant = vetoes.gb38600Compliant();
        this.lastAccidentOrPenalty = vetoes.lastAccidentOrPenalty();
        this.onDishonestList = vetoes.onDishonestList();
        this.refusedPlaqueReturn = vetoes.refusedPlaqueReturn();
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** Keeps the evaluation; a stored one is final. */
    void evaluated(Evaluation result, Instant at) {
        if (this.evaluation != null) {
            throw new IllegalStateException("self-assessment " + id + " is already evaluated");
        }
        this.evaluation = result;
        this.thresholdTableId = result.tableId();
        this.levelAwarded = result.levelAwarded();
        this.evaluatedAt = at;
    }

    @Nullable
    Evaluation evaluation() {
        return evaluation;
    }

    SelfAssessmentView view(Evaluation evaluation) {
        return new SelfAssessmentView(
                id, facilityId, scheme, assessedOn, scores(), vetoes(), note, recordedBy, evaluation);
    }

    PartScores scores() {
        return new PartScores(environment, facilities, operations, service);
    }

    Vetoes vetoes() {
        return new Vetoes(gb38600Compliant, lastAccidentOrPenalty, onDishonestList, refusedPlaqueReturn);
    }

    long facilityId() {
        return facilityId;
    }

    RatingScheme scheme() {
        return scheme;
    }

    LocalDate assessedOn() {
        return assessedOn;
    }
}
